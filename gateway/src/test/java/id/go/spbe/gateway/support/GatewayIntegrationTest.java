package id.go.spbe.gateway.support;

import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/**
 * The gateway on a random port, trusting the shared test issuer, in the static discovery mode of production
 * deployments without a registry ({@code spbe.gateway.discovery=static}), so that every route goes to the static
 * discovery instance of its service (pointed at {@link Backends}). Subclasses that add no configuration of their
 * own share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spbe.gateway.discovery=static")
public abstract class GatewayIntegrationTest {

    protected static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();

    @LocalServerPort
    protected int port;

    protected WebTestClient http;

    @DynamicPropertySource
    static void gatewayEnvironment(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_ISSUER_URI", ISSUER::issuerUri);
        registry.add("APP_REGISTRY_URI", Backends.APP_REGISTRY::uri);
        registry.add("DATACENTER_URI", Backends.DATACENTER::uri);
        registry.add("NETWORK_URI", Backends.NETWORK::uri);
        registry.add("SERVICEDESK_URI", Backends.SERVICEDESK::uri);
        registry.add("AUDIT_URI", () -> Backends.AUDIT_DOWN_URI);
        registry.add("MONEV_URI", Backends.MONEV::uri);
        // monev's own time limit (the per-service override); the stub's slow path takes 3 s
        registry.add("resilience4j.timelimiter.configs.monev-service.timeout-duration", () -> "1s");
        registry.add("management.tracing.sampling.probability", () -> "1.0");
    }

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    protected static String bearer(String username, String... roles) {
        return ISSUER.user(username).opd("DINKES").roles(roles).bearer();
    }
}
