package id.go.spbe.registry;

import id.go.spbe.platform.discovery.RegistrationProof;
import id.go.spbe.registry.client.ProbeClientApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, defect 1, end to end between real processes' code: a platform client configured only with
 * {@code EUREKA_URI} and the registry account registers with the secured registry, and its registration carries
 * the proof the gateway checks; the same client with a wrong password never appears.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spbe.registry.username=registry-client", "spbe.registry.password=registry-secret"})
class PlatformClientRegistrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CLIENT = "Basic " + Base64.getEncoder()
            .encodeToString("registry-client:registry-secret".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Test
    void aPlatformClientWithTheRegistryAccountRegistersWithItsRegistrationProof() throws Exception {
        try (ConfigurableApplicationContext client = startClient("probe-service", 18991, "registry-secret")) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                HttpResponse<String> listed = get("/eureka/apps/PROBE-SERVICE");
                assertThat(listed.statusCode()).isEqualTo(200);
                assertThat(listed.body()).contains("\"" + RegistrationProof.METADATA_KEY + "\":\"" + new RegistrationProof(
                        "proof-secret").sign("PROBE-SERVICE", "127.0.0.1", 18991, "127.0.0.1:probe-service:18991") + "\"");
            });
        }
    }

    @Test
    void aClientWithAWrongPasswordIsNeverRegistered() throws Exception {
        try (ConfigurableApplicationContext client = startClient("intruder-service", 18992, "guessed")) {
            // it tries at once (status UP) and then every 2 s; give it several attempts
            await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(get("/eureka/apps/INTRUDER-SERVICE").statusCode()).isEqualTo(404));
        }
    }

    private ConfigurableApplicationContext startClient(String name, int clientPort, String password) {
        return new SpringApplicationBuilder(ProbeClientApplication.class)
                .web(WebApplicationType.NONE)
                // not the registry's application.yml, which is on this classpath too
                .run("--spring.config.name=probe-client",
                        "--spring.application.name=" + name,
                        "--server.port=" + clientPort,
                        "--spring.main.banner-mode=off",
                        "--EUREKA_USERNAME=registry-client",
                        "--EUREKA_PASSWORD=" + password,
                        "--EUREKA_REGISTRATION_SECRET=proof-secret",
                        "--eureka.client.service-url.defaultZone=http://127.0.0.1:" + port + "/eureka/",
                        // the registry's Jersey is on this classpath; services use the RestClient transport
                        "--eureka.client.jersey.enabled=false",
                        "--eureka.client.fetch-registry=false",
                        "--eureka.client.instance-info-replication-interval-seconds=2",
                        "--eureka.client.initial-instance-info-replication-interval-seconds=1",
                        "--eureka.instance.prefer-ip-address=true",
                        "--eureka.instance.ip-address=127.0.0.1",
                        "--eureka.instance.instance-id=127.0.0.1:" + name + ":" + clientPort);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", CLIENT).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
