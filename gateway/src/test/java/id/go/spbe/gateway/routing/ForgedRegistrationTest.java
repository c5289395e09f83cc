package id.go.spbe.gateway.routing;

import com.netflix.appinfo.InstanceInfo;
import com.netflix.discovery.EurekaClient;
import com.netflix.discovery.shared.Applications;
import id.go.spbe.gateway.support.Backends;
import id.go.spbe.gateway.support.StubService;
import id.go.spbe.platform.discovery.RegistrationProof;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issue 7, defect 1: a listener registered in Eureka under a service's name (the attack that received half of
 * the gateway's calls with the callers' bearer tokens) never receives traffic; a properly registered instance
 * does. The gateway runs with its real Eureka discovery, load balancer and verifier; only the Netflix client
 * behind them is a stand-in that reports what "the registry" holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForgedRegistrationTest {

    private static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();
    private static final String SECRET = "registration-secret-of-this-test";
    private static final StubService GENUINE = StubService.start("audit-service");
    private static final StubService FORGER = StubService.start("forged-listener");
    private static final EurekaClient REGISTRY = mock(EurekaClient.class);

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    private WebTestClient http;

    @DynamicPropertySource
    static void gatewayWithTheRegistry(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_ISSUER_URI", ISSUER::issuerUri);
        registry.add("spbe.registry.registration-secret", () -> SECRET);
        registry.add("eureka.client.register-with-eureka", () -> "false");
        registry.add("spring.cloud.service-registry.auto-registration.enabled", () -> "false");
        registry.add("AUDIT_URI", () -> Backends.AUDIT_DOWN_URI);
        registry.add("MONEV_URI", Backends.MONEV::uri);
    }

    @TestConfiguration
    static class Registry {
        @Bean
        EurekaClient eurekaClient() {
            return REGISTRY;
        }
    }

    @BeforeEach
    void registryContents() {
        http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
        when(REGISTRY.getApplications()).thenReturn(new Applications());
        when(REGISTRY.getInstancesByVipAddress(anyString(), eq(false))).thenReturn(List.of());
        RegistrationProof proof = new RegistrationProof(SECRET);
        InstanceInfo genuine = instance("AUDIT-SERVICE", GENUINE, "genuine", Map.of());
        genuine.getMetadata().put(RegistrationProof.METADATA_KEY, proof.sign(genuine));
        InstanceInfo unproven = instance("AUDIT-SERVICE", FORGER, "no-proof", Map.of());
        InstanceInfo badProof = instance("AUDIT-SERVICE", FORGER, "bad-proof",
                Map.of(RegistrationProof.METADATA_KEY, new RegistrationProof("guessed").sign(genuine)));
        when(REGISTRY.getInstancesByVipAddress("audit-service", false))
                .thenReturn(List.of(unproven, genuine, badProof));
        when(REGISTRY.getInstancesByVipAddress("monev-service", false))
                .thenReturn(List.of(instance("MONEV-SERVICE", FORGER, "monev-takeover", Map.of())));
    }

    @Test
    void onlyTheProperlyRegisteredInstanceReceivesTheCallsAndTheirTokens() {
        for (int call = 0; call < 9; call++) {
            http.get().uri("/api/v1/audits/round-" + call)
                    .header(HttpHeaders.AUTHORIZATION, bearer())
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo("audit-service");
        }

        assertThat(GENUINE.received("/api/v1/audits/round-")).hasSize(9);
        assertThat(FORGER.received("/api/v1/audits/")).isEmpty();
        assertThat(meters.find(RegistrationVerifier.REFUSED_METRIC).tag("service", "audit-service").counter())
                .isNotNull()
                .satisfies(refused -> assertThat(refused.count()).isEqualTo(2.0));
    }

    @Test
    void aServiceWhoseOnlyRegistryInstanceIsForgedIsRoutedToItsStaticInstance() {
        http.get().uri("/api/v1/evaluations/takeover")
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("monev-service");

        assertThat(FORGER.received("/api/v1/evaluations/")).isEmpty();
        assertThat(Backends.MONEV.received("/api/v1/evaluations/takeover")).hasSize(1);
    }

    private static InstanceInfo instance(String app, StubService listener, String id, Map<String, String> metadata) {
        URI uri = URI.create(listener.uri());
        return InstanceInfo.Builder.newBuilder().setAppName(app)
                .setInstanceId(uri.getHost() + ":" + app.toLowerCase() + ":" + id)
                .setHostName(uri.getHost()).setIPAddr(uri.getHost()).setPort(uri.getPort())
                .setVIPAddress(app.toLowerCase()).setStatus(InstanceInfo.InstanceStatus.UP)
                .setMetadata(new java.util.HashMap<>(metadata)).build();
    }

    private static String bearer() {
        return ISSUER.user("auditor").opd("DINKES").roles("AUDITOR").bearer();
    }
}
