package id.go.spbe.gateway.spa;

import id.go.spbe.gateway.problem.ProblemExceptionHandler;
import id.go.spbe.gateway.problem.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.HttpHandlerConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.RouterFunctions;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SPA's routes without the gateway around them, with the gateway's problem handling. */
class SpaRoutesTest {

    static final SpaProperties.Oidc PUBLIC_KEYCLOAK = new SpaProperties.Oidc(
            "https://sso.spbe.example.go.id/realms/spbe", "spbe-web");

    @Test
    void withoutTheWebModuleTheIndexIsA404ProblemNotA500() {
        WebTestClient http = client(new SpaRoutes(Optional.empty(), PUBLIC_KEYCLOAK, "0.1.0"));

        for (String path : new String[] {"/", "/index.html", "/katalog"}) {
            http.get().uri(path).header(HttpHeaders.ACCEPT, "text/html").exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType("application/problem+json")
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://spbe.github.io/problems/not-found")
                    .jsonPath("$.instance").isEqualTo(path);
        }
    }

    @Test
    void theRuntimeConfigurationCarriesTheBrowsersAuthorityAndTheVersion() {
        client(new SpaRoutes(Optional.empty(), PUBLIC_KEYCLOAK, "0.1.0")).get().uri("/app-config.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .json("""
                        {"oidc":{"authority":"https://sso.spbe.example.go.id/realms/spbe","clientId":"spbe-web"},
                         "version":"0.1.0"}""", true);
    }

    @Test
    void theContentSecurityPolicyNamesOnlyTheAuthoritysOrigin() {
        assertThat(PUBLIC_KEYCLOAK.origin()).isEqualTo("https://sso.spbe.example.go.id");
        assertThat(new SpaProperties.Oidc("http://127.0.0.1:8180/realms/spbe", "spbe-web").origin())
                .isEqualTo("http://127.0.0.1:8180");
        assertThat(SpaResponseHeaders.contentSecurityPolicy(PUBLIC_KEYCLOAK.origin()))
                .contains("connect-src 'self' https://sso.spbe.example.go.id;")
                .contains("frame-src https://sso.spbe.example.go.id;")
                .contains("form-action 'self' https://sso.spbe.example.go.id;")
                .doesNotContain("/realms");
    }

    @Test
    void anAuthorityThatIsNoAbsoluteHttpUrlIsRefusedAtStartup() {
        for (String authority : new String[] {"/realms/spbe", "sso.example.go.id/realms/spbe",
                "javascript:alert(1)"}) {
            assertThatThrownBy(() -> new SpaProperties.Oidc(authority, "spbe-web")).as(authority)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static WebTestClient client(SpaRoutes routes) {
        // empty(): the default strategies would answer a ResponseStatusException before the gateway's handler
        HandlerStrategies withProblems = HandlerStrategies.empty()
                .codecs(codecs -> codecs.registerDefaults(true))
                .exceptionHandler(new ProblemExceptionHandler(new ProblemWriter(JsonMapper.builder().build())))
                .build();
        return WebTestClient.bindToServer(new HttpHandlerConnector(RouterFunctions.toHttpHandler(routes.routes(),
                withProblems))).build();
    }
}
