package id.go.spbe.gateway.security;

import id.go.spbe.gateway.support.Backends;
import id.go.spbe.gateway.support.GatewayIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class GatewaySecurityTest extends GatewayIntegrationTest {

    @Test
    void aRequestWithoutATokenIsRefusedWith401ProblemAndNeverReachesTheService() {
        http.get().uri("/api/v1/opds/no-token")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json")
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://spbe.github.io/problems/unauthenticated")
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("token akses"))
                .jsonPath("$.instance").isEqualTo("/api/v1/opds/no-token");

        assertThat(Backends.APP_REGISTRY.received("/api/v1/opds/no-token")).isEmpty();
    }

    @Test
    void aTokenFromAnUntrustedIssuerIsRefused() {
        assertRefused("/api/v1/opds/untrusted-issuer", TestJwtIssuer.untrusted().user("forger").roles("DINAS_ADMIN")
                .bearer());
    }

    @Test
    void aTokenClaimingTheTrustedIssuerButSignedWithAnotherKeyIsRefused() {
        assertRefused("/api/v1/opds/forged-signature", TestJwtIssuer.untrusted().user("forger")
                .issuer(ISSUER.issuerUri()).roles("DINAS_ADMIN").bearer());
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefused("/api/v1/opds/expired", ISSUER.user("operator.late").roles("OPD_OPERATOR")
                .expiresAt(Instant.now().minusSeconds(300)).bearer());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused("/api/v1/opds/other-audience", ISSUER.user("operator.elsewhere").roles("OPD_OPERATOR")
                .audience("account").bearer());
    }

    @Test
    void aTokenWithoutAnyAudienceIsRefused() {
        assertRefused("/api/v1/opds/no-audience", ISSUER.user("operator.noaud").roles("OPD_OPERATOR")
                .audience().bearer());
    }

    @Test
    void aPublicPathWorksWithoutAToken() {
        http.get().uri("/api/v1/public/applications?q=kesehatan")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("app-registry-service");

        assertThat(Backends.APP_REGISTRY.onlyRequest("/api/v1/public/applications").header("Authorization"))
                .isNull();
    }

    @Test
    void operatorEndpointsNeedTheDinasAdminRealmRole() {
        http.get().uri("/actuator/gateway/routes")
                .header(HttpHeaders.AUTHORIZATION, bearer("operator.curious", "OPD_OPERATOR"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://spbe.github.io/problems/forbidden")
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.instance").isEqualTo("/actuator/gateway/routes");

        http.get().uri("/actuator/gateway/routes")
                .header(HttpHeaders.AUTHORIZATION, bearer("admin.kominfo", "DINAS_ADMIN"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.route_id == 'servicedesk-service')]").exists()
                .jsonPath("$[?(@.route_id == 'monev-service-api-docs')]").exists();
    }

    @Test
    void healthProbesAreOpenToTheOrchestrator() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            http.get().uri(probe).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
    }

    @Test
    void theFallbackPathIsNotAnswerableFromOutside() {
        http.get().uri("/fallback/app-registry-service")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.detail").value(detail ->
                        assertThat((String) detail).doesNotContain("app-registry-service"));
    }

    private void assertRefused(String path, String authorization) {
        WebTestClient.ResponseSpec response = http.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange();
        response.expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json")
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://spbe.github.io/problems/invalid-token")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").isEqualTo(path);
        assertThat(Backends.APP_REGISTRY.received(path)).isEmpty();
    }
}
