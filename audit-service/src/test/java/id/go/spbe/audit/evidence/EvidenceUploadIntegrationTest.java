package id.go.spbe.audit.evidence;

import id.go.spbe.audit.support.AuditApi;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.platform.documents.TestFiles;
import id.go.spbe.platform.documents.TestPdfs;
import id.go.spbe.platform.test.http.FormUpload;
import id.go.spbe.platform.test.http.FormUpload.FilePart;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static id.go.spbe.audit.support.AuditApi.auditor;
import static id.go.spbe.audit.support.AuditApi.coordinator;
import static id.go.spbe.audit.support.AuditApi.dinas;
import static id.go.spbe.audit.support.AuditApi.evaluator;
import static id.go.spbe.audit.support.AuditApi.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Evidence uploaded by the audited OPD (AU2): the file goes into the platform documents (type from its bytes, size
 * limit, signature verdict) and is recorded on the request in the same step, which moves it to PROVIDED; whoever may
 * read the audit downloads it. A refused file (415, 413) or another OPD (404) leaves nothing stored.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class EvidenceUploadIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    AuditApi api;
    TestHttp http;
    FormUpload raw;
    Instant started;
    String lead;
    String path;
    String one;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        for (String opd : List.of("DINKES", "DISDIK", "DISKOMINFO")) {
            AuditEvents.opdRegistered(opd);
        }
    }

    @BeforeEach
    void anEvidenceRequestToDinkes() {
        started = clock.instant();
        clock.set(Instant.parse("2026-12-01T03:00:00Z"));
        api = new AuditApi(port);
        http = api.http();
        raw = new FormUpload(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISKOMINFO", org.bson.Document.class,
                "opd_references") != null);
        lead = AuditApi.login("lead");
        String auditId = api.created("/api/v1/audits", Map.of("kind", "APLIKASI", "auditedOpd", "DINKES", "title",
                "Audit aplikasi DINKES", "plannedStart", "2026-12-01", "plannedEnd", "2027-01-31", "scope",
                List.of("FUNCTIONALITY"), "team", List.of(Map.of("auditorId",
                        api.internalAuditor(lead, "DISKOMINFO"), "lead", true))));
        path = "/api/v1/audits/" + auditId + "/evidence-requests";
        TestHttp.Reply asked = http.post(path).auth(auditor(lead)).json(Map.of("title", "SOP pencadangan",
                "purpose", "Menilai tata kelola pencadangan", "dueDate", "2026-12-08")).send();
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        one = path + "/" + asked.json().get("id").asString();
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(started);
    }

    long storedFiles() {
        return mongo.count(Query.query(Criteria.where("metadata.ownerId").is(one.substring(one.lastIndexOf('/') + 1))),
                "documents.files");
    }

    @Test
    void au2TheOpdUploadsEvidenceWhichIsStoredRecordedAndDownloadableByTheAuditsReaders() throws Exception {
        byte[] pdf = TestPdfs.unsigned("SOP PENCADANGAN DINKES");
        byte[] png = png();
        String etag = http.get(one).auth(operator("DINKES")).send().header("ETag");
        TestHttp.Reply uploaded = raw.multipartFiles(one + "/files", operator("DINKES"), etag,
                Map.of("note", "SOP dan tangkapan layar"), List.of(new FilePart("SOP Pencadangan.pdf",
                        "application/octet-stream", pdf), new FilePart("jadwal.png", "image/png", png)));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.header("ETag")).isNotBlank();
        JsonNode body = uploaded.json();
        assertThat(body.get("status").asString()).isEqualTo("PROVIDED");
        JsonNode submission = body.get("submissions").get(0);
        assertThat(submission.get("note").asString()).isEqualTo("SOP dan tangkapan layar");
        assertThat(submission.get("providedBy").asString()).isEqualTo("operator.dinkes");
        JsonNode file = submission.get("files").get(0);
        assertThat(file.get("mediaType").asString()).as("sniffed, not the claimed octet-stream")
                .isEqualTo("application/pdf");
        assertThat(file.get("filename").asString()).endsWith(".pdf");
        assertThat(file.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(file.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(file.get("signatureStatus").asString()).isEqualTo("UNSIGNED");
        assertThat(submission.get("files").get(1).get("mediaType").asString()).isEqualTo("image/png");
        String documentId = file.get("documentId").asString();
        assertThat(submission.get("documentIds").valueStream().map(JsonNode::asString))
                .containsExactly(documentId, submission.get("files").get(1).get("documentId").asString());
        assertThat(storedFiles()).isEqualTo(2);
        assertThat(AuditEvents.published("spbe.audit.evidence.v1", "id.go.spbe.evidence.provided.v1",
                body.get("id").asString(), 1)).anyMatch(e -> e.get("documentIds").size() == 2);

        for (String reader : List.of(operator("DINKES"), auditor(lead), dinas(), coordinator())) {
            TestHttp.Reply download = raw.get(one + "/files/" + documentId, reader);
            assertThat(download.status()).as(download.toString()).isEqualTo(200);
            assertThat(download.bytes()).isEqualTo(pdf);
            assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(download.header("Content-Disposition")).startsWith("attachment");
            assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(raw.get(one + "/files/" + documentId, operator("DISDIK")).status()).isEqualTo(404);
        assertThat(raw.get(one + "/files/" + documentId, auditor(AuditApi.login("lain"))).status())
                .isEqualTo(404);
        assertThat(raw.get(one + "/files/" + documentId, evaluator()).status()).isEqualTo(403);
        assertThat(raw.get(one + "/files/0123456789abcdef01234567", dinas()).status())
                .as("not uploaded to this request").isEqualTo(404);

        TestHttp.Reply again = raw.multipart(one + "/files", operator("DINKES"), null, Map.of(),
                new FilePart("lagi.pdf", "application/pdf", pdf));
        assertThat(again.status()).as("already PROVIDED: nothing more until asked again").isEqualTo(409);
        assertThat(storedFiles()).as("checked before a byte was stored").isEqualTo(2);
    }

    @Test
    void au2AFileOfAnotherTypeIsRefusedWith415AndNothingIsStored() {
        TestHttp.Reply exe = raw.multipartFiles(one + "/files", operator("DINKES"), null, Map.of(),
                List.of(new FilePart("sop.pdf", "application/pdf", TestPdfs.unsigned("SOP")),
                        new FilePart("laporan.pdf", "application/pdf", TestFiles.windowsExecutable())));
        assertThat(exe.status()).as(exe.toString()).isEqualTo(415);
        assertThat(exe.header("Content-Type")).startsWith("application/problem+json");
        assertThat(storedFiles()).as("the first file, stored before the second was refused, is deleted again")
                .isZero();
        assertThat(http.get(one).auth(dinas()).send().json().get("status").asString()).isEqualTo("REQUESTED");
    }

    @Test
    void au2AFileOverTheSizeLimitIsRefusedWith413() {
        TestHttp.Reply large = raw.multipart(one + "/files", operator("DINKES"), null, Map.of(),
                new FilePart("besar.pdf", "application/pdf", new byte[1024 * 1024 + 1]));
        assertThat(large.status()).as(large.toString()).isEqualTo(413);
        assertThat(large.header("Content-Type")).startsWith("application/problem+json");
        assertThat(storedFiles()).isZero();
    }

    @Test
    void au2OnlyTheAuditedOpdsOperatorUploadsAndBadInputIsA400NamingTheField() {
        FilePart sop = new FilePart("sop.pdf", "application/pdf", TestPdfs.unsigned("SOP"));
        assertThat(raw.multipart(one + "/files", operator("DISDIK"), null, Map.of(), sop).status())
                .as("another OPD").isEqualTo(404);
        assertThat(raw.multipart(one + "/files", auditor(lead), null, Map.of(), sop).status()).isEqualTo(403);
        assertThat(raw.multipart(one + "/files", dinas(), null, Map.of(), sop).status()).isEqualTo(403);
        assertThat(raw.multipart(one + "/files", null, null, Map.of(), sop).status()).isEqualTo(401);
        assertThat(raw.multipart(one + "/files", operator("DINKES"), "\"999\"", Map.of(), sop).status())
                .isEqualTo(412);
        TestHttp.Reply none = raw.multipartFiles(one + "/files", operator("DINKES"), null, Map.of("note", "x"),
                List.of());
        assertThat(none.status()).as(none.toString()).isEqualTo(400);
        assertThat(none.toString()).contains("file");
        TestHttp.Reply longNote = raw.multipart(one + "/files", operator("DINKES"), null,
                Map.of("note", "x".repeat(4001)), sop);
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.toString()).contains("note");
        assertThat(storedFiles()).isZero();
    }

    static byte[] png() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", out);
        return out.toByteArray();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
