package id.go.spbe.appregistry;

import id.go.spbe.platform.test.http.OpenApiContract;
import id.go.spbe.platform.test.http.OpenApiDocuments;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 7, defect 13: the published OpenAPI document tells the truth — problem answers on every operation, nullable
 * fields nullable, required fields required, constraints published, one schema per name. Writes
 * target/openapi/app-registry-service.json, which the build lints with redocly (root pom, redocly.yaml).
 */
@SpbeIntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    JsonNode doc;

    @BeforeEach
    void publish() {
        doc = OpenApiDocuments.publish(port, "app-registry-service");
    }

    JsonNode schema(String name) {
        return doc.get("components").get("schemas").get(name);
    }

    /** {@code nullable: true}, or (a reference) any of the reference and a nullable null. */
    static boolean nullable(JsonNode property) {
        return property.path("nullable").asBoolean() || property.path("anyOf").valueStream()
                .anyMatch(branch -> branch.path("nullable").asBoolean());
    }

    @Test
    void theWebApplicationIsTypedAgainstThisVeryDocument() {
        OpenApiDocuments.assertMatchesWebSnapshot(doc, "app-registry-service");
    }

    @Test
    void everyOperationDocumentsItsProblemAnswersWithTheSharedProblemSchema() {
        assertThat(doc.get("openapi").asString()).as("3.0 for the response validator").startsWith("3.0");
        assertThat(OpenApiDocuments.operationsWithout(doc, "400")).isEmpty();
        assertThat(OpenApiDocuments.operationsWithout(doc, "503")).as("the gateway answers 503").isEmpty();
        JsonNode badRequest = OpenApiDocuments.operation(doc, "/api/v1/opds", "post").get("responses").get("400");
        assertThat(badRequest.get("content").get("application/problem+json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        JsonNode problem = schema("Problem").get("properties");
        assertThat(problem.has("type") && problem.has("title") && problem.has("status") && problem.has("detail")
                && problem.has("instance") && problem.has("obligation")).isTrue();
        assertThat(problem.get("errors").get("items").get("properties").has("pointer")).isTrue();
    }

    @Test
    void problemAnswersFollowTheOperationsShape() {
        JsonNode register = OpenApiDocuments.operation(doc, "/api/v1/opds", "post").get("responses");
        assertThat(register.has("401") && register.has("403") && register.has("409") && register.has("415")
                && register.has("422")).isTrue();
        assertThat(register.has("404")).as("no path variable").isFalse();
        assertThat(register.has("412")).as("no If-Match").isFalse();
        JsonNode list = OpenApiDocuments.operation(doc, "/api/v1/opds", "get").get("responses");
        assertThat(list.has("409") || list.has("415") || list.has("422")).as("a read changes nothing").isFalse();
        JsonNode publicRead = OpenApiDocuments.operation(doc, "/api/v1/public/applications/{id}", "get")
                .get("responses");
        assertThat(publicRead.has("404")).isTrue();
        assertThat(publicRead.has("401") || publicRead.has("403")).as("public: no token needed").isFalse();
        JsonNode upload = OpenApiDocuments.operation(doc, "/api/v1/applications/{id}/documents", "post")
                .get("responses");
        assertThat(upload.has("413") && upload.has("415") && upload.has("404")).isTrue();
        JsonNode guarded = OpenApiDocuments.operation(doc, "/api/v1/subdomains/{fqdn}/release", "post")
                .get("responses");
        assertThat(guarded.has("412")).as("reads If-Match").isTrue();
    }

    @Test
    void fieldsThatCanBeNullAreNullableAndTheOthersRequired() {
        JsonNode opd = schema("OpdResponse");
        for (String field : List.of("parentCode", "head", "tier1Contact")) {
            assertThat(nullable(opd.get("properties").get(field))).as(field).isTrue();
        }
        assertThat(opd.get("required").valueStream().map(JsonNode::asString)).contains("code", "name", "dinas")
                .doesNotContain("parentCode", "head");
        JsonNode application = schema("ApplicationResponse").get("properties");
        for (String field : List.of("description", "url", "hosting", "licence")) {
            assertThat(nullable(application.get(field))).as(field).isTrue();
        }
        JsonNode register = schema("RegisterOpdRequest");
        assertThat(register.get("required").valueStream().map(JsonNode::asString))
                .contains("code", "name", "kind", "dinas").doesNotContain("parentCode", "mandiriTik");
        assertThat(register.get("properties").get("name").get("minLength").asInt()).as("@NotBlank").isEqualTo(1);
        assertThat(register.get("properties").get("name").get("maxLength").asInt()).isEqualTo(200);
        assertThat(register.get("properties").get("code").has("pattern")).isTrue();
    }

    @Test
    void eachReasonRequestPublishesItsOwnLimit() {
        assertThat(schema("ApplicationReasonRequest").get("properties").get("reason").get("maxLength").asInt())
                .isEqualTo(4000);
        assertThat(schema("SubdomainReasonRequest").get("properties").get("reason").get("maxLength").asInt())
                .isEqualTo(1000);
        assertThat(schema("ReasonRequest")).as("no shared name").isNull();
        assertThat(OpenApiDocuments.operation(doc, "/api/v1/applications/{id}/decommission", "post")
                .get("requestBody").get("content").get("application/json").get("schema").get("$ref").asString())
                .endsWith("/ApplicationReasonRequest");
    }

    @Test
    void pagingParametersPublishTheirLimits() {
        JsonNode parameters = OpenApiDocuments.operation(doc, "/api/v1/opds", "get").get("parameters");
        JsonNode size = parameters.valueStream().filter(p -> p.get("name").asString().equals("size")).findFirst()
                .orElseThrow().get("schema");
        assertThat(size.get("minimum").asInt()).isEqualTo(1);
        assertThat(size.get("maximum").asInt()).isEqualTo(200);
        JsonNode page = parameters.valueStream().filter(p -> p.get("name").asString().equals("page")).findFirst()
                .orElseThrow().get("schema");
        assertThat(page.get("minimum").asInt()).isZero();
    }

    @Test
    void aResponseTheDocumentDoesNotPromiseFailsTheTest() {
        String base = "http://127.0.0.1:" + port;
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
        assertThatThrownBy(() -> OpenApiContract.check(base, "GET", "/api/v1/opds/DINKES", 418, json, "{}"))
                .as("undocumented status").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OpenApiContract.check(base, "GET", "/api/v1/opds/DINKES", 200, json,
                "{\"code\": 5}")).as("body off the schema").isInstanceOf(AssertionError.class);
    }
}
