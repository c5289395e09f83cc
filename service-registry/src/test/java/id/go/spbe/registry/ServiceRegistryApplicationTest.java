package id.go.spbe.registry;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry as its clients and an attacker on the network see it. Issue 7, defect 1: before, an
 * unauthenticated {@code POST /eureka/apps/MONEV-SERVICE} put a foreign listener into rotation, and PUT status /
 * DELETE took real instances out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spbe.registry.username=registry-client", "spbe.registry.password=s3cret:with-colon"})
class ServiceRegistryApplicationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CLIENT = basic("registry-client", "s3cret:with-colon");
    private static final String INSTANCE = """
            {"instance":{
              "instanceId":"127.0.0.1:audit-service:18085",
              "hostName":"127.0.0.1","app":"AUDIT-SERVICE","ipAddr":"127.0.0.1",
              "vipAddress":"audit-service","secureVipAddress":"audit-service",
              "status":"UP","port":{"$":18085,"@enabled":"true"},"securePort":{"$":443,"@enabled":"false"},
              "dataCenterInfo":{"@class":"com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo","name":"MyOwn"}}}""";

    @LocalServerPort
    int port;

    @Test
    void anInstanceRegisteredWithTheClientCredentialsIsListed() throws Exception {
        assertThat(register(CLIENT).statusCode()).isEqualTo(204);

        HttpResponse<String> listed = send(get("/eureka/apps/AUDIT-SERVICE").header("Authorization", CLIENT)
                .header("Accept", "application/json").build());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body())
                .contains("\"instanceId\":\"127.0.0.1:audit-service:18085\"")
                .contains("\"status\":\"UP\"")
                .contains("\"$\":18085");

        HttpResponse<String> all = send(get("/eureka/apps").header("Authorization", CLIENT)
                .header("Accept", "application/json").build());
        assertThat(all.body()).contains("\"name\":\"AUDIT-SERVICE\"");
    }

    @Test
    void registrationWithoutCredentialsOrWithAWrongPasswordIsRefusedAndNothingIsListed() throws Exception {
        String forged = INSTANCE.replace("AUDIT-SERVICE", "MONEV-SERVICE").replace("audit-service", "monev-service");
        HttpRequest.Builder unauthenticated = HttpRequest.newBuilder(url("/eureka/apps/MONEV-SERVICE"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(forged));
        assertThat(send(unauthenticated.build()).statusCode()).isEqualTo(401);
        assertThat(send(unauthenticated.header("Authorization", basic("registry-client", "guess")).build())
                .statusCode()).isEqualTo(401);

        HttpResponse<String> listed = send(get("/eureka/apps/MONEV-SERVICE").header("Authorization", CLIENT)
                .header("Accept", "application/json").build());
        assertThat(listed.statusCode()).isEqualTo(404);
    }

    @Test
    void statusChangesAndDeletesWithoutCredentialsAreRefusedAndTheInstanceStaysUp() throws Exception {
        assertThat(register(CLIENT).statusCode()).isEqualTo(204);
        String instancePath = "/eureka/apps/AUDIT-SERVICE/127.0.0.1:audit-service:18085";

        assertThat(send(HttpRequest.newBuilder(url(instancePath + "/status?value=OUT_OF_SERVICE"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(url(instancePath + "/metadata?spbe-registration-proof=x"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(url(instancePath)).DELETE().build()).statusCode()).isEqualTo(401);

        HttpResponse<String> instance = send(get(instancePath).header("Authorization", CLIENT)
                .header("Accept", "application/json").build());
        assertThat(instance.statusCode()).isEqualTo(200);
        assertThat(instance.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void readsAndTheDashboardNeedCredentialsToo() throws Exception {
        for (String path : new String[] {"/", "/eureka/apps", "/eureka/apps/AUDIT-SERVICE", "/actuator/prometheus"}) {
            HttpResponse<String> response = send(get(path).header("Accept", "application/json").build());
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic"));
        }
        assertThat(send(get("/").header("Authorization", CLIENT).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void theRegistryDoesNotRegisterWithItself() throws Exception {
        HttpResponse<String> self = send(get("/eureka/apps/SERVICE-REGISTRY").header("Authorization", CLIENT)
                .header("Accept", "application/json").build());
        assertThat(self.statusCode()).isEqualTo(404);
    }

    @Test
    void livenessAndReadinessProbesAnswerUpWithoutCredentials() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = send(get(probe).build());
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
        }
    }

    private HttpResponse<String> register(String authorization) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url("/eureka/apps/AUDIT-SERVICE"))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(INSTANCE)).build());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(url(path)).GET();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
