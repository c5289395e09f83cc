package id.go.spbe.audit;

import id.go.spbe.platform.test.time.MutableClock;
import org.springframework.context.annotation.Import;
import id.go.spbe.platform.test.http.OpenApiDocuments;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, defect 13: audit's OpenAPI document documents its problem answers, the year's range and the paging
 * limits. Writes target/openapi/audit-service.json, which the build lints with redocly (root pom, redocly.yaml).
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theWebApplicationIsTypedAgainstThisVeryDocument() {
        OpenApiDocuments.assertMatchesWebSnapshot(OpenApiDocuments.publish(port, "audit-service"), "audit-service");
    }

    @Test
    void theAuditPlanDocumentsItsProblemAnswersAndLimits() {
        JsonNode doc = OpenApiDocuments.publish(port, "audit-service");
        assertThat(OpenApiDocuments.operationsWithout(doc, "400")).isEmpty();
        assertThat(OpenApiDocuments.operationsWithout(doc, "401")).isEmpty();
        JsonNode plan = OpenApiDocuments.operation(doc, "/api/v1/audit-plan", "get");
        assertThat(plan.get("responses").get("403").get("content").has("application/problem+json")).isTrue();
        assertThat(plan.get("responses").has("404")).as("no path variable").isFalse();
        JsonNode year = plan.get("parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("year")).findFirst().orElseThrow();
        assertThat(year.get("required").asBoolean()).isTrue();
        assertThat(year.get("schema").get("minimum").asInt()).isEqualTo(2000);
        assertThat(year.get("schema").get("maximum").asInt()).isEqualTo(2100);
        JsonNode size = plan.get("parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("size")).findFirst().orElseThrow();
        assertThat(size.get("schema").get("maximum").asInt()).isEqualTo(200);
        JsonNode item = doc.get("components").get("schemas").get("AuditPlanItem");
        assertThat(item.get("required").valueStream().map(JsonNode::asString)).contains("id", "dueDate", "kind");
    }

    @Test
    void auditsAuditorsAndFindingsDocumentTheirProblemsAndLimits() {
        JsonNode doc = OpenApiDocuments.publish(port, "audit-service");
        for (String step : new String[] {"start", "report", "complete", "cancel", "team"}) {
            JsonNode op = OpenApiDocuments.operation(doc, "/api/v1/audits/{id}/" + step, "post");
            assertThat(op.get("responses").has("412")).as(step).isTrue();
            assertThat(op.get("responses").has("409")).as(step).isTrue();
            assertThat(op.get("responses").has("422")).as(step).isTrue();
            assertThat(op.get("responses").has("404")).as(step).isTrue();
        }
        for (String step : new String[] {"confirm", "start-remediation", "resolve", "reopen", "verify",
                "accept-risk"}) {
            JsonNode op = OpenApiDocuments.operation(doc, "/api/v1/audits/{auditId}/findings/{id}/" + step, "post");
            assertThat(op.get("responses").has("412")).as(step).isTrue();
            assertThat(op.get("responses").has("409")).as(step).isTrue();
        }
        assertThat(OpenApiDocuments.operation(doc, "/api/v1/audits", "post").get("responses").has("422")).isTrue();
        assertThat(OpenApiDocuments.operation(doc, "/api/v1/auditors/{id}", "put").get("responses").has("412"))
                .isTrue();
        for (String list : new String[] {"/api/v1/audits", "/api/v1/auditors", "/api/v1/audits/findings",
                "/api/v1/audit-plan/overdue", "/api/v1/audit-plan/objects"}) {
            JsonNode size = OpenApiDocuments.operation(doc, list, "get").get("parameters").valueStream()
                    .filter(p -> p.get("name").asString().equals("size")).findFirst().orElseThrow();
            assertThat(size.get("schema").get("maximum").asInt()).as(list).isEqualTo(200);
        }
        JsonNode scope = doc.get("components").get("schemas").get("ScheduleRequest").get("properties").get("scope");
        assertThat(scope.get("items").get("enum").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("GOVERNANCE_AND_MANAGEMENT", "FUNCTIONALITY", "PERFORMANCE", "OTHER");
    }

    @Test
    void au9TheCertificateRegisterDocumentsItsProblemsAndLimits() {
        JsonNode doc = OpenApiDocuments.publish(port, "audit-service");
        assertThat(OpenApiDocuments.operation(doc, "/api/v1/certificates", "post").get("responses").get("422")
                .get("content").has("application/problem+json")).as("AU9 off, duplicates, bad dates").isTrue();
        JsonNode upload = OpenApiDocuments.operation(doc, "/api/v1/certificates/import", "post");
        assertThat(upload.get("requestBody").get("content").has("application/pkcs7-mime")).isTrue();
        assertThat(upload.get("responses").has("409")).isTrue();
        assertThat(upload.get("responses").has("415")).isTrue();
        assertThat(OpenApiDocuments.operation(doc, "/api/v1/certificates", "post").get("responses").has("409"))
                .isTrue();
        assertThat(OpenApiDocuments.operation(doc, "/api/v1/certificates/{id}", "put").get("responses").has("412"))
                .isTrue();
        JsonNode status = OpenApiDocuments.operation(doc, "/api/v1/certificates", "get").get("parameters")
                .valueStream().filter(p -> p.get("name").asString().equals("status")).findFirst().orElseThrow();
        assertThat(status.get("schema").get("enum").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("VALID", "EXPIRING_SOON", "EXPIRED");
    }

    @Test
    void au7Au2TheReportPdfAndTheEvidenceUploadDocumentTheirMediaTypesAndProblems() {
        JsonNode doc = OpenApiDocuments.publish(port, "audit-service");
        JsonNode report = OpenApiDocuments.operation(doc, "/api/v1/audits/{id}/report.pdf", "get");
        assertThat(report.get("responses").get("200").get("content").has("application/pdf")).isTrue();
        assertThat(report.get("responses").has("409")).as("not yet reported").isTrue();
        assertThat(report.get("responses").has("404")).isTrue();
        JsonNode upload = OpenApiDocuments.operation(doc,
                "/api/v1/audits/{auditId}/evidence-requests/{id}/files", "post");
        assertThat(upload.get("requestBody").get("content").has("multipart/form-data")).isTrue();
        for (String status : List.of("400", "403", "404", "409", "412", "413", "415", "422")) {
            assertThat(upload.get("responses").has(status)).as(status).isTrue();
        }
        JsonNode download = OpenApiDocuments.operation(doc,
                "/api/v1/audits/{auditId}/evidence-requests/{id}/files/{documentId}", "get");
        assertThat(download.get("responses").has("404")).isTrue();
        JsonNode resolve = OpenApiDocuments.operation(doc,
                "/api/v1/audits/{auditId}/findings/{id}/resolve-with-files", "post");
        assertThat(resolve.get("requestBody").get("content").has("multipart/form-data")).isTrue();
        for (String status : List.of("400", "403", "404", "409", "412", "413", "415")) {
            assertThat(resolve.get("responses").has(status)).as("resolve with files " + status).isTrue();
        }
        assertThat(OpenApiDocuments.operation(doc, "/api/v1/audits/{auditId}/findings/{id}/files/{documentId}",
                "get").get("responses").has("404")).isTrue();
    }
}
