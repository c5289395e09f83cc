package id.go.spbe.registry;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceRegistryApplicationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void anInstanceRegisteredOverTheEurekaRestApiIsListed() throws Exception {
        String instance = """
                {"instance":{
                  "instanceId":"127.0.0.1:audit-service:18085",
                  "hostName":"127.0.0.1","app":"AUDIT-SERVICE","ipAddr":"127.0.0.1",
                  "vipAddress":"audit-service","secureVipAddress":"audit-service",
                  "status":"UP","port":{"$":18085,"@enabled":"true"},"securePort":{"$":443,"@enabled":"false"},
                  "dataCenterInfo":{"@class":"com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo","name":"MyOwn"}}}""";

        HttpResponse<String> registered = send(HttpRequest.newBuilder(url("/eureka/apps/AUDIT-SERVICE"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(instance)).build());
        assertThat(registered.statusCode()).isEqualTo(204);

        HttpResponse<String> listed = send(HttpRequest.newBuilder(url("/eureka/apps/AUDIT-SERVICE"))
                .header("Accept", "application/json").GET().build());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body())
                .contains("\"instanceId\":\"127.0.0.1:audit-service:18085\"")
                .contains("\"status\":\"UP\"")
                .contains("\"$\":18085");

        HttpResponse<String> all = send(HttpRequest.newBuilder(url("/eureka/apps"))
                .header("Accept", "application/json").GET().build());
        assertThat(all.body()).contains("\"name\":\"AUDIT-SERVICE\"");
    }

    @Test
    void theRegistryDoesNotRegisterWithItself() throws Exception {
        HttpResponse<String> self = send(HttpRequest.newBuilder(url("/eureka/apps/SERVICE-REGISTRY"))
                .header("Accept", "application/json").GET().build());
        assertThat(self.statusCode()).isEqualTo(404);
    }

    @Test
    void livenessAndReadinessProbesAnswerUp() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(url(probe)).GET().build());
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
