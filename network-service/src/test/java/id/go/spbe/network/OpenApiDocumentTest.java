package id.go.spbe.network;

import id.go.spbe.platform.test.http.OpenApiDocuments;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI document tells the truth (problem answers per operation, nullability, constraints, the SVG
 * media type) and is the one the web application is typed against (web/openapi/network-service.json; renew with
 * {@code -Dspbe.openapi.update=true}).
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    JsonNode doc;

    @BeforeEach
    void publish() {
        doc = OpenApiDocuments.publish(port, "network-service");
    }

    JsonNode schema(String name) {
        return doc.get("components").get("schemas").get(name);
    }

    @Test
    void theWebApplicationIsTypedAgainstThisVeryDocument() {
        OpenApiDocuments.assertMatchesWebSnapshot(doc, "network-service");
    }

    @Test
    void everyOperationDocumentsItsProblemAnswers() {
        assertThat(OpenApiDocuments.operationsWithout(doc, "400")).isEmpty();
        assertThat(OpenApiDocuments.operationsWithout(doc, "503")).isEmpty();
        JsonNode addDevice = OpenApiDocuments.operation(doc, "/api/v1/lans/{opd}/devices", "post").get("responses");
        assertThat(addDevice.has("201") && addDevice.has("401") && addDevice.has("403") && addDevice.has("404")
                && addDevice.has("409") && addDevice.has("412") && addDevice.has("415") && addDevice.has("422"))
                .isTrue();
        JsonNode remove = OpenApiDocuments.operation(doc, "/api/v1/lans/{opd}/cables/{cableId}", "delete")
                .get("responses");
        assertThat(remove.has("204") && remove.has("412")).isTrue();
        JsonNode register = OpenApiDocuments.operation(doc, "/api/v1/wan-links", "post").get("responses");
        assertThat(register.has("409") && register.has("422")).isTrue();
        assertThat(register.has("412")).as("no If-Match").isFalse();
    }

    @Test
    void diagramsArePublishedAsSvg() {
        JsonNode ok = OpenApiDocuments.operation(doc, "/api/v1/topology/lans/{opd}", "get").get("responses")
                .get("200").get("content");
        assertThat(ok.has("image/svg+xml")).isTrue();
        assertThat(OpenApiDocuments.operation(doc, "/api/v1/topology/wan", "get").get("responses").get("200")
                .get("content").has("image/svg+xml")).isTrue();
    }

    @Test
    void optionalFieldsAreNullableAndRequiredOnesRequired() {
        JsonNode device = schema("DeviceRequest");
        assertThat(device.get("required").valueStream().map(JsonNode::asString)).contains("name", "kind")
                .doesNotContain("siteId", "hardwareEndOfLife");
        assertThat(schema("PrefixRequest").get("properties").get("cidr").get("maxLength").asInt()).isEqualTo(64);
        assertThat(schema("LanResponse").get("required").valueStream().map(JsonNode::asString))
                .contains("steward", "mayEdit", "devices").doesNotContain("byod");
        assertThat(schema("WanLinkRequest").get("required").valueStream().map(JsonNode::asString))
                .contains("provider", "circuitId", "medium", "aEnd", "bEnd").doesNotContain("sla");
    }
}
