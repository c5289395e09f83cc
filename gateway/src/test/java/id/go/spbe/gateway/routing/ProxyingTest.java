package id.go.spbe.gateway.routing;

import id.go.spbe.gateway.support.Backends;
import id.go.spbe.gateway.support.GatewayIntegrationTest;
import id.go.spbe.gateway.support.StubService.Received;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryClient;
import org.springframework.http.HttpHeaders;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyingTest extends GatewayIntegrationTest {

    private static final String TRACEPARENT = "00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]";

    @Autowired
    List<ReactiveDiscoveryClient> discoveryClients;

    @Autowired
    MeterRegistry meters;

    @Test
    void aValidTokenIsProxiedWithTheAuthorizationHeaderUnchangedAndARequestIdAndTraceContext() {
        String token = bearer("operator.dinkes", "OPD_OPERATOR");

        String returnedRequestId = http.get().uri("/api/v1/applications/app-42")
                .header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("app-registry-service")
                .returnResult().getResponseHeaders().getFirst("X-Request-Id");

        Received received = Backends.APP_REGISTRY.onlyRequest("/api/v1/applications/app-42");
        assertThat(received.header("Authorization")).isEqualTo(token);
        assertThat(received.header("X-Request-Id")).isNotBlank().isEqualTo(returnedRequestId);
        assertThat(UUID.fromString(returnedRequestId)).isNotNull();
        assertThat(received.header("traceparent")).matches(TRACEPARENT);
    }

    @Test
    void aServicesDeadLettersAreReachedUnderItsNameAndArriveAtItsOwnAdminPath() {
        String token = bearer("admin.dinas", "DINAS_ADMIN");

        http.post().uri("/api/v1/admin/monev-service/dead-letters/dl-7/replay")
                .header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isOk();

        assertThat(Backends.MONEV.onlyRequest("/api/v1/admin/dead-letters/dl-7/replay").header("Authorization"))
                .isEqualTo(token);
    }

    @Test
    void eachProxiedCallIsMeasuredPerRoute() {
        http.get().uri("/api/v1/lan-devices/measured")
                .header(HttpHeaders.AUTHORIZATION, bearer("operator.measured", "OPD_OPERATOR"))
                .exchange()
                .expectStatus().isOk();

        assertThat(meters.find("spbe.gateway.downstream")
                .tag("spring.cloud.gateway.route.id", "network-service")
                .timer()).isNotNull()
                .satisfies(timer -> assertThat(timer.count()).isPositive());
    }

    @Test
    void theResponseCarriesOneRequestIdEvenWhenTheServiceEchoesIt() {
        List<String> ids = http.get().uri("/api/v1/subdomains")
                .header(HttpHeaders.AUTHORIZATION, bearer("operator.echo", "OPD_OPERATOR"))
                .header("X-Request-Id", "client-chosen-id-1")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().get("X-Request-Id");

        assertThat(ids).containsExactly("client-chosen-id-1");
        assertThat(Backends.APP_REGISTRY.onlyRequest("/api/v1/subdomains").header("X-Request-Id"))
                .isEqualTo("client-chosen-id-1");
    }

    @Test
    void aMalformedRequestIdIsReplacedBeforeItReachesTheService() {
        String garbage = "bad id\twith spaces; and a very long tail " + "x".repeat(100);

        String returned = http.get().uri("/api/v1/sites/garbage-id")
                .header(HttpHeaders.AUTHORIZATION, bearer("operator.garbage", "OPD_OPERATOR"))
                .header("X-Request-Id", garbage)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(returned).isNotEqualTo(garbage);
        assertThat(UUID.fromString(returned)).isNotNull();
        assertThat(Backends.NETWORK.onlyRequest("/api/v1/sites/garbage-id").header("X-Request-Id"))
                .isEqualTo(returned);
    }

    @Test
    void anIncomingTraceContinuesDownstream() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        http.get().uri("/api/v1/wan-links/traced")
                .header(HttpHeaders.AUTHORIZATION, bearer("operator.traced", "OPD_OPERATOR"))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk();

        assertThat(Backends.NETWORK.onlyRequest("/api/v1/wan-links/traced").header("traceparent"))
                .matches(TRACEPARENT)
                .contains(traceId);
    }

    @Test
    void theBareCollectionPathAndItsQueryAreRouted() {
        http.get().uri("/api/v1/capacity?year=2026&page=0")
                .header(HttpHeaders.AUTHORIZATION, bearer("operator.capacity", "OPD_OPERATOR"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("datacenter-service");

        assertThat(Backends.DATACENTER.onlyRequest("/api/v1/capacity").query()).isEqualTo("year=2026&page=0");
    }

    @Test
    void routesReachTheStaticInstanceWhenNoRegistryIsAvailable() {
        // Eureka is disabled in this context: the only discovery client left (besides the composite) is the
        // static one, and the requests above and below still reach the services.
        assertThat(discoveryClients).noneMatch(client -> client.getClass().getName().contains("Eureka"));
        assertThat(discoveryClients).anyMatch(SimpleReactiveDiscoveryClient.class::isInstance);

        http.get().uri("/api/v1/mandiri-tik-assessments")
                .header(HttpHeaders.AUTHORIZATION, bearer("evaluator", "EVALUATOR"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("monev-service");
    }

    @Test
    void aPathNoServiceOwnsIsA404Problem() {
        http.get().uri("/api/v1/nothing-here")
                .header(HttpHeaders.AUTHORIZATION, bearer("operator.lost", "OPD_OPERATOR"))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/api/v1/nothing-here");
    }
}
