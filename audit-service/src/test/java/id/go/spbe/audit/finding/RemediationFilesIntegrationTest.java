package id.go.spbe.audit.finding;

import id.go.spbe.audit.support.AuditApi;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.platform.documents.TestFiles;
import id.go.spbe.platform.documents.TestPdfs;
import id.go.spbe.platform.test.http.FormUpload;
import id.go.spbe.platform.test.http.FormUpload.FilePart;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
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

import java.time.Duration;
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
 * The follow-up of a finding with proof (AU7): the owner OPD resolves it with files (stored in the platform documents,
 * type read from the bytes, recorded on the finding in the same step), the auditor reads them and verifies; whoever
 * may see the finding downloads them, nobody else. A refused file, a wrong state or a stale version leaves nothing
 * stored.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class RemediationFilesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    AuditApi api;
    TestHttp http;
    FormUpload raw;
    String lead;
    String auditPath;
    String finding;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        for (String opd : List.of("DINKES", "DISDIK", "DISKOMINFO")) {
            AuditEvents.opdRegistered(opd);
        }
    }

    /** An audit of DINKES with one finding DINKES owns, confirmed and in remediation. */
    @BeforeEach
    void aFindingInRemediation() {
        api = new AuditApi(port);
        http = api.http();
        raw = new FormUpload(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISKOMINFO", org.bson.Document.class,
                "opd_references") != null);
        lead = AuditApi.login("ketua");
        String auditId = api.created("/api/v1/audits", Map.of("kind", "KEAMANAN", "auditedOpd", "DINKES", "title",
                "Audit keamanan DINKES", "plannedStart", "2026-12-01", "plannedEnd", "2027-01-31", "scope",
                List.of("GOVERNANCE_AND_MANAGEMENT"), "team", List.of(Map.of("auditorId",
                        api.internalAuditor(lead, "DISKOMINFO"), "lead", true))));
        auditPath = "/api/v1/audits/" + auditId;
        api.step(auditPath + "/start", auditor(lead), null);
        finding = auditPath + "/findings/" + open("Kata sandi bawaan pada router");
        api.step(finding + "/confirm", operator("DINKES"), Map.of("note", "Disepakati"));
        api.step(finding + "/start-remediation", operator("DINKES"), Map.of("note", "Penggantian dijadwalkan"));
    }

    String open(String title) {
        TestHttp.Reply reply = http.post(auditPath + "/findings").auth(auditor(lead)).json(Map.of("title", title,
                "severity", "HIGH", "criterion", "Kriteria", "condition", "Kondisi", "cause", "Penyebab",
                "effect", "Akibat", "recommendation", "Ganti kata sandi", "ownerOpd", "DINKES",
                "dueDate", "2027-03-31")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    long storedFiles(String findingPath) {
        return mongo.count(Query.query(Criteria.where("metadata.ownerId")
                .is(findingPath.substring(findingPath.lastIndexOf('/') + 1))), "documents.files");
    }

    String status() {
        return http.get(finding).auth(dinas()).send().json().get("status").asString();
    }

    @Test
    void theOwnerResolvesWithProofTheAuditorReadsItAndVerifies_AU7() {
        byte[] pdf = TestPdfs.unsigned("BERITA ACARA PENGGANTIAN KATA SANDI");
        String etag = http.get(finding).auth(operator("DINKES")).send().header("ETag");
        TestHttp.Reply resolved = raw.multipart(finding + "/resolve-with-files", operator("DINKES"), etag,
                Map.of("note", "Kata sandi diganti, berita acara terlampir"),
                new FilePart("Berita Acara.pdf", "application/octet-stream", pdf));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.header("ETag")).isNotBlank().isNotEqualTo(etag);
        JsonNode body = resolved.json();
        assertThat(body.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(body.get("lastNote").asString()).isEqualTo("Kata sandi diganti, berita acara terlampir");
        JsonNode file = body.get("remediationFiles").get(0);
        assertThat(file.get("mediaType").asString()).as("sniffed, not the claimed type").isEqualTo("application/pdf");
        assertThat(file.get("filename").asString()).endsWith(".pdf");
        assertThat(file.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(file.get("uploadedBy").asString()).isEqualTo("operator.dinkes");
        assertThat(file.get("signatureStatus").asString()).isEqualTo("UNSIGNED");
        assertThat(storedFiles(finding)).isEqualTo(1);
        String documentId = file.get("documentId").asString();

        for (String reader : List.of(auditor(lead), dinas(), coordinator(), operator("DINKES"))) {
            TestHttp.Reply download = raw.get(finding + "/files/" + documentId, reader);
            assertThat(download.status()).as(download.toString()).isEqualTo(200);
            assertThat(download.bytes()).isEqualTo(pdf);
            assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(download.header("Content-Disposition")).startsWith("attachment");
            assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(raw.get(finding + "/files/" + documentId, operator("DISDIK")).status()).as("another OPD")
                .isEqualTo(404);
        assertThat(raw.get(finding + "/files/" + documentId, auditor(AuditApi.login("lain"))).status())
                .as("an auditor of other audits").isEqualTo(404);
        assertThat(raw.get(finding + "/files/" + documentId, evaluator()).status()).isEqualTo(403);
        assertThat(raw.get(finding + "/files/0123456789abcdef01234567", dinas()).status())
                .as("not uploaded to this finding").isEqualTo(404);

        JsonNode verified = api.step(finding + "/verify", auditor(lead), Map.of("note", "Diperiksa di lokasi"));
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("remediationFiles").size()).as("the proof stays with the closed finding")
                .isEqualTo(1);
        TestHttp.Reply again = raw.multipart(finding + "/resolve-with-files", operator("DINKES"), null, Map.of(),
                new FilePart("lagi.pdf", "application/pdf", pdf));
        assertThat(again.status()).as("closed: 409 before a byte is stored").isEqualTo(409);
        assertThat(storedFiles(finding)).isEqualTo(1);
    }

    @Test
    void aRefusedFileTypeIs415AndLeavesNothingStored_AU7() {
        TestHttp.Reply exe = raw.multipartFiles(finding + "/resolve-with-files", operator("DINKES"), null, Map.of(),
                List.of(new FilePart("ba.pdf", "application/pdf", TestPdfs.unsigned("BA")),
                        new FilePart("foto.pdf", "application/pdf", TestFiles.windowsExecutable())));
        assertThat(exe.status()).as(exe.toString()).isEqualTo(415);
        assertThat(exe.header("Content-Type")).startsWith("application/problem+json");
        assertThat(storedFiles(finding)).as("the first file is deleted again").isZero();
        assertThat(status()).isEqualTo("IN_REMEDIATION");
    }

    @Test
    void onlyTheOwnerOrDinasResolvesWithFilesAndBadInputIsA400NamingTheField_AU7_SEC1() {
        FilePart ba = new FilePart("ba.pdf", "application/pdf", TestPdfs.unsigned("BA"));
        assertThat(raw.multipart(finding + "/resolve-with-files", operator("DISDIK"), null, Map.of(), ba).status())
                .as("another OPD").isEqualTo(404);
        assertThat(raw.multipart(finding + "/resolve-with-files", auditor(lead), null, Map.of(), ba).status())
                .as("the auditor verifies, does not resolve").isEqualTo(403);
        assertThat(raw.multipart(finding + "/resolve-with-files", evaluator(), null, Map.of(), ba).status())
                .isEqualTo(403);
        assertThat(raw.multipart(finding + "/resolve-with-files", null, null, Map.of(), ba).status()).isEqualTo(401);
        assertThat(raw.multipart(finding + "/resolve-with-files", operator("DINKES"), "\"999\"", Map.of(), ba)
                .status()).isEqualTo(412);
        TestHttp.Reply none = raw.multipartFiles(finding + "/resolve-with-files", operator("DINKES"), null,
                Map.of("note", "x"), List.of());
        assertThat(none.status()).as(none.toString()).isEqualTo(400);
        assertThat(none.toString()).contains("file");
        TestHttp.Reply longNote = raw.multipart(finding + "/resolve-with-files", operator("DINKES"), null,
                Map.of("note", "x".repeat(4001)), ba);
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.toString()).contains("note");
        String identified = auditPath + "/findings/" + open("Log akses tidak disimpan");
        assertThat(raw.multipart(identified + "/resolve-with-files", operator("DINKES"), null, Map.of(), ba)
                .status()).as("IDENTIFIED cannot be resolved").isEqualTo(409);
        assertThat(storedFiles(finding) + storedFiles(identified)).isZero();
        assertThat(status()).isEqualTo("IN_REMEDIATION");

        TestHttp.Reply byDinas = raw.multipart(finding + "/resolve-with-files", dinas(), null, Map.of(), ba);
        assertThat(byDinas.status()).as(byDinas.toString()).isEqualTo(200);
        assertThat(byDinas.json().get("remediationFiles").get(0).get("uploadedBy").asString()).isNotBlank();
    }
}
