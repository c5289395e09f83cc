package id.go.spbe.platform.client;

import id.go.spbe.platform.client.testapp.AppRegistryClient;
import id.go.spbe.platform.client.testapp.ClientTestApplication;
import id.go.spbe.platform.client.testapp.MonevClient;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.stub.StubServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service-client seam against a stub standing in for app-registry, monev and Keycloak's token endpoint: token
 * relay, client credentials, problem decoding, circuit breaker and GET-only retries.
 */
@SpbeIntegrationTest
@SpringBootTest(classes = ClientTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceClientIntegrationTest {

    static final StubServer STUB = StubServer.start();
    static final String TOKEN_PATH = "/realms/spbe/protocol/openid-connect/token";
    static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        // app-registry through the registry (here the static discovery client), monev by configured URL
        registry.add("spring.cloud.discovery.client.simple.instances.app-registry-service[0].uri", STUB::url);
        registry.add("spring.cloud.openfeign.client.config.monev-service.url", STUB::url);
        registry.add("spring.security.oauth2.client.registration.spbe-service.client-id", () -> "monev-service");
        registry.add("spring.security.oauth2.client.registration.spbe-service.client-secret", () -> "rahasia");
        registry.add("spring.security.oauth2.client.registration.spbe-service.authorization-grant-type",
                () -> "client_credentials");
        registry.add("spring.security.oauth2.client.provider.spbe-service.token-uri", () -> STUB.url() + TOKEN_PATH);
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    AppRegistryClient registry;

    @Autowired
    MonevClient monev;

    @Autowired
    Resilience4JCircuitBreakerFactory circuits;

    @Autowired
    OAuth2AuthorizedClientService authorizedClients;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        STUB.reset();
        circuits.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        SecurityContextHolder.clearContext();
        authorizedClients.removeAuthorizedClient("spbe-service", ServiceAccounts.PRINCIPAL);
    }

    @Test
    void theCallersBearerTokenIsRelayedThroughTheRegistry() {
        STUB.on("GET", "/api/v1/applications/A1").json(200, "{\"id\":\"A1\",\"name\":\"SIMPUS\",\"ownerOpd\":\"DINKES\"}");
        String token = ISSUER.user("operator.dinkes").opd("DINKES").roles("OPD_OPERATOR").bearer();
        TestHttp.Reply reply = http.get("/api/v1/test/remote-applications/A1").auth(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("name").asString()).isEqualTo("SIMPUS");
        assertThat(STUB.received("GET", "/api/v1/applications/A1")).singleElement()
                .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo(token));
        assertThat(STUB.received("POST", TOKEN_PATH)).as("no service token while a user is served").isEmpty();
    }

    @Test
    void withoutAUserTheClientCredentialsTokenIsFetchedOnceAndCached() {
        STUB.on("POST", TOKEN_PATH).json(200,
                "{\"access_token\":\"svc-token-1\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        STUB.on("GET", "/api/v1/indicators").json(200, "{\"count\":3}");
        assertThat(monev.indicators()).containsEntry("count", 3);
        assertThat(monev.indicators()).containsEntry("count", 3);

        assertThat(STUB.received("POST", TOKEN_PATH)).singleElement().satisfies(r -> {
            assertThat(r.body()).contains("grant_type=client_credentials");
            assertThat(r.header("Authorization")).startsWith("Basic "); // client id and secret
        });
        assertThat(STUB.received("GET", "/api/v1/indicators")).hasSize(2)
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer svc-token-1"));
    }

    @Test
    void aNotFoundProblemIsDecodedAndTheCallingServiceAnswersItsOwn404() {
        STUB.on("GET", "/api/v1/applications/GONE").problem(404, "not-found", "Aplikasi GONE tidak ditemukan.");
        STUB.on("POST", TOKEN_PATH).json(200, "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        assertThatThrownBy(() -> registry.application("GONE")).isInstanceOfSatisfying(RemoteNotFoundException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.service()).isEqualTo("app-registry-service");
                    assertThat(e.type().toString()).isEqualTo("https://spbe.github.io/problems/not-found");
                    assertThat(e.detail()).isEqualTo("Aplikasi GONE tidak ditemukan.");
                });
        String token = ISSUER.user("operator.dinkes").opd("DINKES").roles("OPD_OPERATOR").bearer();
        TestHttp.Reply reply = http.get("/api/v1/test/remote-applications/GONE").auth(token).send();
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(STUB.received("GET", "/api/v1/applications/GONE")).as("404 is not retried").hasSize(2);
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndTheCallerGets503Problem() {
        STUB.on("GET", "/api/v1/applications/*").problem(500, "internal-error", "boom");
        String token = ISSUER.user("operator.dinkes").opd("DINKES").roles("OPD_OPERATOR").bearer();
        for (int i = 0; i < 4; i++) {
            TestHttp.Reply failed = http.get("/api/v1/test/remote-applications/X" + i).auth(token).send();
            assertThat(failed.status()).as(failed.toString()).isEqualTo(502);
            assertThat(failed.contentType()).startsWith("application/problem+json");
        }
        int calls = STUB.received().size();
        TestHttp.Reply refused = http.get("/api/v1/test/remote-applications/X9").auth(token).send();
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://spbe.github.io/problems/service-unavailable");
        assertThat(refused.header("Retry-After")).isEqualTo("30");
        assertThat(STUB.received()).as("an open circuit does not call the service").hasSize(calls);
        assertThatThrownBy(() -> registry.application("X10")).isInstanceOf(ServiceUnavailableException.class);
    }

    @Test
    void onlyGetsAreRetriedAndATimeoutIsUnavailable() {
        STUB.on("POST", TOKEN_PATH).json(200, "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        STUB.on("GET", "/api/v1/applications/BUSY").problem(503, "service-unavailable", "sibuk");
        STUB.on("POST", "/api/v1/applications").problem(503, "service-unavailable", "sibuk");
        assertThatThrownBy(() -> registry.application("BUSY")).isInstanceOf(ServiceUnavailableException.class);
        assertThat(STUB.received("GET", "/api/v1/applications/BUSY")).hasSize(3);
        assertThatThrownBy(() -> registry.register(Map.of("name", "SIMPUS")))
                .isInstanceOf(ServiceUnavailableException.class);
        assertThat(STUB.received("POST", "/api/v1/applications")).as("a POST is never repeated").hasSize(1);

        STUB.on("GET", "/api/v1/applications/SLOW").delayed(Duration.ofSeconds(1), 200, "{\"id\":\"SLOW\"}");
        String token = ISSUER.user("operator.dinkes").opd("DINKES").roles("OPD_OPERATOR").bearer();
        TestHttp.Reply slow = http.get("/api/v1/test/remote-applications/SLOW").auth(token).send();
        assertThat(slow.status()).isEqualTo(503);
        assertThat(slow.contentType()).startsWith("application/problem+json");
    }
}
