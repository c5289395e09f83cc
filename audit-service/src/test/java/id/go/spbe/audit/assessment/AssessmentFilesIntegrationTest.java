package id.go.spbe.audit.assessment;

import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.platform.documents.TestPdfs;
import id.go.spbe.platform.test.http.FormUpload;
import id.go.spbe.platform.test.http.FormUpload.FilePart;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * AU8 report files (README "Not yet": the assessment kept text only): Dinas attaches the assessment's report files
 * while it is PLANNED or COMPLETED, each sniffed (415), size-limited (413) and signature-checked (SEC3) by the platform
 * documents, recorded with its event; whoever reads the assessment downloads them — the assessed OPD included, another
 * OPD 404; once CANCELLED nothing more is attached (409).
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class AssessmentFilesIntegrationTest {

    static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();
    static final String BASE = "/api/v1/security-assessments";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    java.time.Clock clock;

    TestHttp http;
    FormUpload raw;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        AuditEvents.opdRegistered("DINKES");
        AuditEvents.opdRegistered("DISDIK");
        AuditEvents.opdRegistered("DISKOMINFO");
    }

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        raw = new FormUpload(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISDIK", org.bson.Document.class,
                "opd_references") != null && mongo.findById("DINKES", org.bson.Document.class, "opd_references")
                != null);
    }

    static String dinas() {
        return ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
    }

    static String operator(String opd) {
        return ISSUER.user("operator." + opd.toLowerCase()).opd(opd).roles("OPD_OPERATOR").bearer();
    }

    static String role(String role) {
        return ISSUER.user("user." + role.toLowerCase()).roles(role).bearer();
    }

    String planned() {
        LocalDate today = clock.instant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
        TestHttp.Reply reply = http.post(BASE).auth(dinas()).json(Map.of("opd", "DINKES", "type",
                "PENETRATION_TEST", "title", "Uji penetrasi SIMPUS", "plannedOn", today.toString())).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return BASE + "/" + reply.json().get("id").asString();
    }

    @Test
    void au8DinasAttachesReportFilesThatTheAssessedOpdDownloads_SEC3() {
        String assessment = planned();
        TestHttp.Reply current = http.get(assessment).auth(dinas()).send();
        byte[] report = TestPdfs.unsigned("LAPORAN UJI PENETRASI");
        TestHttp.Reply attached = raw.multipartFiles(assessment + "/files", dinas(), current.header("ETag"),
                Map.of(), List.of(new FilePart("laporan uji penetrasi.pdf", "application/octet-stream", report)));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        JsonNode file = attached.json().get("files").get(0);
        assertThat(file.get("mediaType").asString()).as("read from the bytes").isEqualTo("application/pdf");
        assertThat(file.get("attachedBy").asString()).isEqualTo("admin.dinas");
        assertThat(file.get("signatureStatus").asString()).isEqualTo("UNSIGNED");
        String download = assessment + "/files/" + file.get("documentId").asString();
        for (String reader : List.of(dinas(), operator("DINKES"), role("COORDINATOR"), role("AUDITOR"))) {
            TestHttp.Reply got = raw.get(download, reader);
            assertThat(got.status()).as(got.toString()).isEqualTo(200);
            assertThat(got.bytes()).isEqualTo(report);
        }
        assertThat(raw.get(download, operator("DISDIK")).status()).as("another OPD").isEqualTo(404);
        assertThat(raw.get(download, role("INTEGRATION")).status()).isEqualTo(403);
        assertThat(raw.multipartFiles(assessment + "/files", operator("DINKES"), null, Map.of(),
                List.of(new FilePart("a.pdf", "application/pdf", report))).status())
                .as("the assessed OPD reads, Dinas attaches").isEqualTo(403);
        assertThat(raw.multipartFiles(assessment + "/files", dinas(), current.header("ETag"), Map.of(),
                List.of(new FilePart("b.pdf", "application/pdf", report))).status()).as("stale If-Match")
                .isEqualTo(412);
        assertThat(raw.multipartFiles(assessment + "/files", dinas(), null, Map.of(),
                List.of(new FilePart("alat.pdf", "application/pdf", "MZ\u0090\u0000binary".getBytes(
                        StandardCharsets.ISO_8859_1)))).status()).as("an executable named .pdf").isEqualTo(415);
        assertThat(raw.multipartFiles(assessment + "/files", dinas(), null, Map.of(),
                List.of(new FilePart("besar.pdf", "application/pdf", new byte[2 * 1024 * 1024]))).status())
                .as("over the size limit").isEqualTo(413);
        assertThat(http.get(assessment).auth(dinas()).send().json().get("files")).as("nothing refused was kept")
                .hasSize(1);

        JsonNode event = AuditEvents.published("spbe.audit.assessment.v1",
                "id.go.spbe.security-assessment.files-attached.v1", assessment.substring(BASE.length() + 1), 1)
                .get(0);
        assertThat(event.get("filesAdded").asInt()).isEqualTo(1);
        assertThat(event.toString()).as("never the file names").doesNotContain("laporan uji penetrasi");
        JsonNode history = http.get(assessment + "/history").auth(operator("DINKES")).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.toString()).contains("files-attached");

        http.post(assessment + "/cancel").auth(dinas()).json(Map.of("reason", "Dijadwalkan ulang")).send();
        assertThat(raw.multipartFiles(assessment + "/files", dinas(), null, Map.of(),
                List.of(new FilePart("c.pdf", "application/pdf", report))).status()).as("cancelled").isEqualTo(409);
        assertThat(raw.get(download, operator("DINKES")).status()).as("still downloadable").isEqualTo(200);
    }

    @Test
    void au8AttachingRefusesBadInputClearly() {
        String assessment = planned();
        assertThat(http.post(assessment + "/files").auth(dinas()).json(Map.of("file", "x")).send().status())
                .as("JSON instead of multipart").isEqualTo(415);
        TestHttp.Reply none = http.post(assessment + "/files").auth(dinas()).body("multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--b--\r\n").send();
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.text()).contains("\"file");
        assertThat(raw.get(assessment + "/files/0123456789abcdef01234567", dinas()).status()).isEqualTo(404);
        assertThat(raw.get(BASE + "/00000000-0000-4000-8000-000000000000/files/0123456789abcdef01234567", dinas())
                .status()).isEqualTo(404);
    }
}
