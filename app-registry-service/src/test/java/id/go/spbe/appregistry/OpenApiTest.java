package id.go.spbe.appregistry;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** P3: the service publishes an OpenAPI 3 description, without a token, for the gateway's catalogue. */
@SpbeIntegrationTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void p3TheApiIsDescribedInOpenApi3WithBearerSecurity() {
        TestHttp.Reply reply = TestHttp.onPort(port).get("/v3/api-docs").send();
        assertThat(reply.status()).isEqualTo(200);
        JsonNode doc = reply.json();
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/v1/applications")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/opds/{code}")).isTrue();
        assertThat(doc.get("components").get("securitySchemes").get("keycloak").get("scheme").asString())
                .isEqualTo("bearer");
        assertThat(doc.get("servers").get(0).get("url").asString()).isEqualTo("/");
        JsonNode list = doc.get("paths").get("/api/v1/applications").get("get");
        assertThat(list.get("parameters").valueStream().map(p -> p.get("name").asString()))
                .as("the caller comes from the token").contains("opd", "q").doesNotContain("caller");
        assertThat(doc.get("paths").get("/api/v1/applications").get("post").get("responses").has("201")).isTrue();
    }
}
