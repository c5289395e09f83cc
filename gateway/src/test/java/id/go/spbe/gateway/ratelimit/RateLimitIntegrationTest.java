package id.go.spbe.gateway.ratelimit;

import id.go.spbe.gateway.support.Backends;
import id.go.spbe.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A gateway with a tiny budget: a burst of 3, then one request per second. */
@TestPropertySource(properties = {
        "spbe.gateway.rate-limit.burst-capacity=3",
        "spbe.gateway.rate-limit.replenish-rate=1"})
class RateLimitIntegrationTest extends GatewayIntegrationTest {

    @Test
    void aUserBeyondTheBurstGets429ProblemWithRetryAfterAndTheServiceNeverSeesIt() {
        String token = bearer("operator.eager", "OPD_OPERATOR");

        List<EntityExchangeResult<byte[]>> answers = untilRefused(() -> http.get().uri("/api/v1/backup-runs/eager")
                .header(HttpHeaders.AUTHORIZATION, token).exchange().expectBody().returnResult());

        EntityExchangeResult<byte[]> refused = answers.get(answers.size() - 1);
        assertThat(answers.size() - 1).as("requests allowed before the refusal").isGreaterThanOrEqualTo(3);
        assertThat(answers.get(0).getResponseHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("2");
        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(refused.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(refused.getResponseHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.getResponseHeaders().getFirst("X-Request-Id")).isNotBlank();
        assertThat(new String(refused.getResponseBody()))
                .contains("\"type\":\"https://spbe.github.io/problems/rate-limited\"", "\"status\":429",
                        "\"title\":\"Too Many Requests\"", "\"instance\":\"/api/v1/backup-runs/eager\"");
        assertThat(Backends.DATACENTER.received("/api/v1/backup-runs/eager")).hasSize(answers.size() - 1);
    }

    @Test
    void eachUserHasTheirOwnBudget() {
        String first = bearer("operator.first", "OPD_OPERATOR");
        untilRefused(() -> http.get().uri("/api/v1/monitors/first")
                .header(HttpHeaders.AUTHORIZATION, first).exchange().expectBody().returnResult());

        http.get().uri("/api/v1/monitors/second")
                .header(HttpHeaders.AUTHORIZATION, bearer("operator.second", "OPD_OPERATOR"))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void allTokensOfOneMachineClientShareItsBudget() {
        List<EntityExchangeResult<byte[]>> answers = untilRefused(() -> http.get().uri("/api/v1/colocations/sync")
                .header(HttpHeaders.AUTHORIZATION, ISSUER.user("service-account-" + System.nanoTime())
                        .clientId("opd-dinkes-simpus").roles("INTEGRATION").bearer())
                .exchange().expectBody().returnResult());

        assertThat(answers.get(answers.size() - 1).getStatus().value()).isEqualTo(429);
    }

    @Test
    void anonymousCallsAreLimitedPerAddress() {
        List<EntityExchangeResult<byte[]>> answers = untilRefused(() -> http.get()
                .uri("/api/v1/public/applications/anonymous").exchange().expectBody().returnResult());

        assertThat(answers.get(answers.size() - 1).getStatus().value()).isEqualTo(429);
        assertThat(answers.size() - 1).isGreaterThanOrEqualTo(3);
    }

    /** Sends until the first 429 (at most 10 requests: the refill is 1/s, so 10 fast ones must hit it). */
    private static List<EntityExchangeResult<byte[]>> untilRefused(Supplier<EntityExchangeResult<byte[]>> send) {
        List<EntityExchangeResult<byte[]>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            EntityExchangeResult<byte[]> answer = send.get();
            answers.add(answer);
            if (answer.getStatus().value() == 429) {
                return answers;
            }
            assertThat(answer.getStatus().value()).as("answer %d before the limit", i + 1).isEqualTo(200);
        }
        throw new AssertionError("no 429 within 10 requests");
    }
}
