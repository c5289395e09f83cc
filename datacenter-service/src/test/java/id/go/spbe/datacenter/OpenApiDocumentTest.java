package id.go.spbe.datacenter;

import id.go.spbe.platform.test.http.OpenApiDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * datacenter-service's OpenAPI document: complete (problem answers on every operation, paging limits) and the very
 * document the web application is typed against. Writes target/openapi/datacenter-service.json, which the build
 * lints with redocly (root pom, redocly.yaml).
 */
@DatacenterIntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theWebApplicationIsTypedAgainstThisVeryDocument() {
        OpenApiDocuments.assertMatchesWebSnapshot(OpenApiDocuments.publish(port, "datacenter-service"),
                "datacenter-service");
    }

    @Test
    void everyOperationDocumentsItsProblemAnswers() {
        JsonNode doc = OpenApiDocuments.publish(port, "datacenter-service");
        assertThat(OpenApiDocuments.operationsWithout(doc, "400")).isEmpty();
        assertThat(OpenApiDocuments.operationsWithout(doc, "401")).isEmpty();
        JsonNode approve = OpenApiDocuments.operation(doc, "/api/v1/vps-requests/{id}/approve", "post");
        assertThat(approve.get("responses").has("412")).as("reads If-Match").isTrue();
        assertThat(approve.get("responses").has("422")).as("capacity and quota, D4").isTrue();
        assertThat(approve.get("responses").has("409")).isTrue();
        JsonNode list = OpenApiDocuments.operation(doc, "/api/v1/vps-requests", "get");
        JsonNode size = list.get("parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("size")).findFirst().orElseThrow();
        assertThat(size.get("schema").get("maximum").asInt()).isEqualTo(200);
        JsonNode provision = doc.get("components").get("schemas").get("ProvisionForm");
        assertThat(provision.get("properties").has("password")).as("no credential is ever sent").isFalse();
    }
}
