package id.go.spbe.gateway.resilience;

import id.go.spbe.gateway.support.Backends;
import id.go.spbe.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ResilienceTest extends GatewayIntegrationTest {

    @Test
    void aServiceThatIsDownAnswers503ProblemNamingTheService() {
        http.get().uri("/api/v1/audit-plan?year=2026")
                .header(HttpHeaders.AUTHORIZATION, bearer("auditor.one", "AUDITOR"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType("application/problem+json")
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://spbe.github.io/problems/service-unavailable")
                .jsonPath("$.title").isEqualTo("Service Unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail ->
                        assertThat((String) detail).startsWith("Layanan audit-service sedang tidak tersedia"))
                .jsonPath("$.instance").isEqualTo("/api/v1/audit-plan")
                .jsonPath("$.service").isEqualTo("audit-service")
                .jsonPath("$.reason").isEqualTo("unavailable");
    }

    @Test
    void aServiceSlowerThanItsTimeLimitAnswers503WithoutWaitingForIt() {
        Instant start = Instant.now();

        http.get().uri("/api/v1/evaluations/2026/slow")
                .header(HttpHeaders.AUTHORIZATION, bearer("evaluator.patient", "EVALUATOR"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.service").isEqualTo("monev-service")
                .jsonPath("$.reason").isEqualTo("timeout");

        // monev's limit is 1 s in these tests, the stub needs 3 s
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(2_500));
        assertThat(Backends.MONEV.received("/api/v1/evaluations/2026/slow")).hasSize(1);
    }

    /** A PDF rendered on demand may take longer than an API call: reports have their own, longer time limit. */
    @Test
    void aReportSlowerThanTheApiTimeLimitStillArrives() {
        http.mutate().responseTimeout(Duration.ofSeconds(15)).build()
                .get().uri("/api/v1/evaluations/2027/slow/report.pdf")
                .header(HttpHeaders.AUTHORIZATION, bearer("evaluator.patient", "EVALUATOR"))
                .exchange()
                .expectStatus().isOk();

        // monev's API limit is 1 s in these tests, the stub needs 3 s for the report too
        assertThat(Backends.MONEV.received("/api/v1/evaluations/2027/slow/report.pdf")).hasSize(1);
    }

    @Test
    void aPostThatTheServiceFailsReachesItOnceAndItsAnswerPassesThrough() {
        http.post().uri("/api/v1/lan-changes/fails")
                .header(HttpHeaders.AUTHORIZATION, bearer("operator.changes", "OPD_OPERATOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"summary\":\"switch replaced\"}")
                .exchange()
                .expectStatus().isEqualTo(500)
                .expectBody().jsonPath("$.title").isEqualTo("Internal Server Error");

        assertThat(Backends.NETWORK.received("/api/v1/lan-changes/fails")).hasSize(1);
    }

    @Test
    void aPostWhoseConnectionIsDroppedReachesTheServiceExactlyOnceAndAnswers503() {
        int before = Backends.SERVICEDESK.requestsRead();

        http.post().uri("/api/v1/tickets")
                .header(HttpHeaders.AUTHORIZATION, bearer("operator.tickets", "OPD_OPERATOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"type\":\"GANGGUAN\",\"summary\":\"internet mati\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.service").isEqualTo("servicedesk-service")
                .jsonPath("$.instance").isEqualTo("/api/v1/tickets");

        assertThat(Backends.SERVICEDESK.requestsRead() - before).isEqualTo(1);
    }

    /**
     * Issue 7, defect 11 (gateway side): the 503 tells the client to resend with the same Idempotency-Key, so the
     * gateway must pass the key through untouched and never resend the POST itself.
     */
    @Test
    void aTimedOutPostReachesTheServiceOnceWithItsIdempotencyKeyUnchangedAndTheClientIsToldToResendWithIt() {
        String key = "0f9c2a4e-idem-key-" + System.nanoTime();

        http.post().uri("/api/v1/evaluations/idempotent/slow")
                .header(HttpHeaders.AUTHORIZATION, bearer("evaluator.idem", "EVALUATOR"))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"score\":3}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.reason").isEqualTo("timeout")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("Idempotency-Key"));

        assertThat(Backends.MONEV.received("/api/v1/evaluations/idempotent/slow")).singleElement()
                .satisfies(received -> {
                    assertThat(received.method()).isEqualTo("POST");
                    assertThat(received.headerValues("Idempotency-Key")).containsExactly(key);
                    assertThat(received.body()).isEqualTo("{\"score\":3}");
                });
    }
}
