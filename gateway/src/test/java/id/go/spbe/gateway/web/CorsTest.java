package id.go.spbe.gateway.web;

import id.go.spbe.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorsTest extends GatewayIntegrationTest {

    @Test
    void aPreflightFromTheSpaOriginPassesWithoutAToken() {
        http.options().uri("/api/v1/tickets")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Content-Type, Idempotency-Key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods ->
                        assertThat(methods).contains("POST"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers ->
                        assertThat(headers.toLowerCase())
                                .contains("authorization", "content-type", "idempotency-key"));
    }

    @Test
    void aPreflightFromAForeignOriginIsRefused() {
        http.options().uri("/api/v1/tickets")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void theGatewaysCorsPolicyWinsOverAServicesOwn() {
        List<String> allowed = http.get().uri("/api/v1/public/applications/cors-of-its-own")
                .header(HttpHeaders.ORIGIN, "http://localhost:8080")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        assertThat(allowed).containsExactly("http://localhost:8080");
    }

    @Test
    void aCrossOriginResponseExposesTheHeadersTheSpaReads() {
        http.get().uri("/api/v1/public/applications/exposed")
                .header(HttpHeaders.ORIGIN, "http://127.0.0.1:8080")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://127.0.0.1:8080")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed ->
                        assertThat(exposed)
                                .contains("ETag", "Location", "X-Total-Count", "X-Request-Id"));
    }
}
