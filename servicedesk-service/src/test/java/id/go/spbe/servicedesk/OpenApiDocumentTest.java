package id.go.spbe.servicedesk;

import id.go.spbe.platform.test.http.OpenApiDocuments;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service desk's OpenAPI document: complete (problem answers on every operation), and the snapshot the web
 * application is typed against. Writes target/openapi/servicedesk-service.json, which the build lints with redocly.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theWebApplicationIsTypedAgainstThisVeryDocument() {
        OpenApiDocuments.assertMatchesWebSnapshot(OpenApiDocuments.publish(port, "servicedesk-service"),
                "servicedesk-service");
    }

    @Test
    void everyOperationDocumentsItsProblemAnswers() {
        JsonNode doc = OpenApiDocuments.publish(port, "servicedesk-service");
        assertThat(OpenApiDocuments.operationsWithout(doc, "400")).isEmpty();
        assertThat(OpenApiDocuments.operationsWithout(doc, "401")).isEmpty();
        JsonNode escalate = OpenApiDocuments.operation(doc, "/api/v1/tickets/{id}/escalate", "post");
        assertThat(escalate.get("responses").has("422")).isTrue();
        assertThat(escalate.get("responses").has("409")).isTrue();
        assertThat(escalate.get("responses").has("412")).isTrue();
        assertThat(escalate.get("responses").has("404")).isTrue();
        JsonNode open = OpenApiDocuments.operation(doc, "/api/v1/tickets", "post");
        assertThat(open.get("responses").has("201")).isTrue();
        JsonNode ticket = doc.get("components").get("schemas").get("TicketResponse");
        assertThat(ticket.get("required").valueStream().map(JsonNode::asString))
                .contains("id", "openedAt", "tier", "status", "priority");
        assertThat(OpenApiDocuments.operation(doc, "/api/v1/tickets/{id}/sla", "get")).isNotNull();
        assertThat(OpenApiDocuments.operation(doc, "/api/v1/tier1-roster/coverage", "get")).isNotNull();
    }
}
