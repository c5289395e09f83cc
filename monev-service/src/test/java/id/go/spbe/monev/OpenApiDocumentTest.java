package id.go.spbe.monev;

import id.go.spbe.platform.test.http.OpenApiDocuments;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * monev's OpenAPI document documents its problem answers, and the web application is typed against it. Writes
 * target/openapi/monev-service.json, which the build lints with redocly (root pom, redocly.yaml).
 */
@SpbeIntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theWebApplicationIsTypedAgainstThisVeryDocument() {
        OpenApiDocuments.assertMatchesWebSnapshot(OpenApiDocuments.publish(port, "monev-service"), "monev-service");
    }

    @Test
    void everyOperationDocumentsItsProblemAnswers() {
        JsonNode doc = OpenApiDocuments.publish(port, "monev-service");
        assertThat(OpenApiDocuments.operationsWithout(doc, "400")).isEmpty();
        assertThat(OpenApiDocuments.operationsWithout(doc, "401")).isEmpty();
        assertThat(OpenApiDocuments.operationsWithout(doc, "403")).isEmpty();
        JsonNode adjust = OpenApiDocuments.operation(doc, "/api/v1/evaluations/{id}/indicators/{no}/adjust", "post");
        assertThat(adjust.get("responses").has("409")).isTrue();
        assertThat(adjust.get("responses").has("412")).as("reads If-Match").isTrue();
        JsonNode upload = OpenApiDocuments.operation(doc, "/api/v1/evaluations/frameworks", "post");
        assertThat(upload.get("responses").has("413")).as("multipart").isTrue();
        assertThat(upload.get("requestBody").get("content").has("multipart/form-data")).isTrue();
        JsonNode score = doc.get("components").get("schemas").get("ScoreView");
        assertThat(score.get("required").valueStream().map(JsonNode::asString)).contains("assessed", "complete");
    }
}
