package id.go.spbe.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import java.net.ConnectException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceFallbackTest {

    @Test
    void aRequestFromOutsideGetsNoServiceProblem() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/fallback/audit-service"));

        assertThat(ServiceFallback.problemFor(exchange)).isEmpty();
    }

    @Test
    void theServiceNamedComesFromTheRouteNotFromTheUrl() {
        MockServerWebExchange exchange = forwarded("/fallback/%3Cscript%3E", new ConnectException("refused"));

        assertThat(ServiceFallback.problemFor(exchange)).get().satisfies(problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(problem.extensions()).containsEntry("service", "audit-service")
                    .containsEntry("reason", "unavailable");
            assertThat(problem.detail()).startsWith("Layanan audit-service sedang tidak tersedia")
                    .doesNotContain("script");
            assertThat(problem.instance()).isEqualTo("/api/v1/audits/7");
        });
    }

    @Test
    void aTimeoutAndAnOpenBreakerAreToldApart() {
        assertThat(ServiceFallback.problemFor(forwarded("/fallback/audit-service", new TimeoutException())))
                .get().extracting(problem -> problem.extensions().get("reason")).isEqualTo("timeout");
        CallNotPermittedException open = CallNotPermittedException.createCallNotPermittedException(
                CircuitBreaker.ofDefaults("audit-service"));
        assertThat(ServiceFallback.problemFor(forwarded("/fallback/audit-service", open)))
                .get().extracting(problem -> problem.extensions().get("reason")).isEqualTo("circuit-open");
    }

    private static MockServerWebExchange forwarded(String path, Throwable cause) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        Route route = Route.async().id("audit-service").uri("lb://audit-service")
                .predicate(ignored -> true)
                .metadata(ServiceFallback.SERVICE_ID_METADATA, "audit-service")
                .build();
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
        exchange.getAttributes().put(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR, cause);
        Set<URI> originals = new LinkedHashSet<>(Set.of(URI.create("http://gateway/api/v1/audits/7")));
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR, originals);
        return exchange;
    }
}
