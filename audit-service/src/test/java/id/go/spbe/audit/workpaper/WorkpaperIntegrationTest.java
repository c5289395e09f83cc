package id.go.spbe.audit.workpaper;

import id.go.spbe.audit.support.AuditApi;
import id.go.spbe.audit.support.AuditEvents;
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
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static id.go.spbe.audit.support.AuditApi.auditor;
import static id.go.spbe.audit.support.AuditApi.coordinator;
import static id.go.spbe.audit.support.AuditApi.dinas;
import static id.go.spbe.audit.support.AuditApi.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Working papers of an engagement (issue 12, "engagements: … workpapers"): the audit team records one per scope item
 * (AU2), revises it with If-Match and attaches files through the platform documents while the audit runs; once the
 * audit is completed they are frozen (409). The team and Dinas read them; the audited OPD and coordinators do not
 * (403), an auditor not on the team does not see the audit (404). Each change is in the history and published.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class WorkpaperIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    AuditApi api;
    TestHttp http;
    FormUpload raw;
    String lead;
    String member;
    String audit;
    String path;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        for (String opd : List.of("DINKES", "DISKOMINFO")) {
            AuditEvents.opdRegistered(opd);
        }
    }

    @BeforeEach
    void anAuditOfDinkesWithALeadAndAMember() {
        api = new AuditApi(port);
        http = api.http();
        raw = new FormUpload(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISKOMINFO", org.bson.Document.class,
                "opd_references") != null);
        lead = AuditApi.login("lead");
        member = AuditApi.login("member");
        String leadId = api.internalAuditor(lead, "DISKOMINFO");
        String memberId = api.internalAuditor(member, "DISKOMINFO");
        audit = "/api/v1/audits/" + api.created("/api/v1/audits", Map.of("kind", "APLIKASI", "auditedOpd", "DINKES",
                "title", "Audit aplikasi DINKES", "plannedStart", "2027-03-01", "plannedEnd", "2027-04-30", "scope",
                List.of("GOVERNANCE_AND_MANAGEMENT", "FUNCTIONALITY"), "team", List.of(
                        Map.of("auditorId", leadId, "lead", true), Map.of("auditorId", memberId, "lead", false))));
        path = audit + "/workpapers";
    }

    TestHttp.Reply record(String token, Map<String, Object> body) {
        return http.post(path).auth(token).json(body).send();
    }

    static Map<String, Object> paper(String title, String scopeArea) {
        return Map.of("title", title, "scopeArea", scopeArea, "notes", "Wawancara dengan pengelola server; "
                + "jadwal pencadangan tidak diuji pemulihannya.");
    }

    @Test
    void theTeamRecordsRevisesAndAttachesUntilTheAuditIsCompleted_thenWorkpapersAreFrozen() throws Exception {
        TestHttp.Reply created = record(auditor(member), paper("Uji kebijakan pencadangan",
                "GOVERNANCE_AND_MANAGEMENT"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith(path + "/");
        JsonNode body = created.json();
        String id = body.get("id").asString();
        String one = path + "/" + id;
        assertThat(body.get("scopeArea").asString()).isEqualTo("GOVERNANCE_AND_MANAGEMENT");
        assertThat(body.get("recordedBy").asString()).isEqualTo(member);
        assertThat(body.get("notes").asString()).startsWith("Wawancara");

        // the lead revises it with the version read; a stale version is refused
        String etag = created.header("ETag");
        Map<String, Object> revised = Map.of("title", "Uji kebijakan dan pemulihan cadangan", "scopeArea",
                "FUNCTIONALITY", "notes", "Pemulihan diuji 2 Maret: berhasil.");
        TestHttp.Reply put = http.put(one).auth(auditor(lead)).header("If-Match", etag).json(revised).send();
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().get("updatedBy").asString()).isEqualTo(lead);
        assertThat(put.json().get("scopeArea").asString()).isEqualTo("FUNCTIONALITY");
        assertThat(http.put(one).auth(auditor(lead)).header("If-Match", etag).json(revised).send().status())
                .as("stale If-Match").isEqualTo(412);

        byte[] pdf = TestPdfs.unsigned("KERTAS KERJA PENCADANGAN");
        TestHttp.Reply attached = raw.multipartFiles(one + "/files", auditor(member), put.header("ETag"), Map.of(),
                List.of(new FilePart("notulen wawancara.pdf", "application/octet-stream", pdf)));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        JsonNode file = attached.json().get("files").get(0);
        assertThat(file.get("mediaType").asString()).isEqualTo("application/pdf");
        String documentId = file.get("documentId").asString();
        for (String reader : List.of(auditor(lead), dinas())) {
            TestHttp.Reply download = raw.get(one + "/files/" + documentId, reader);
            assertThat(download.status()).as(download.toString()).isEqualTo(200);
            assertThat(download.bytes()).isEqualTo(pdf);
        }
        assertThat(raw.get(one + "/files/" + documentId, operator("DINKES")).status()).isEqualTo(403);

        JsonNode listed = http.get(path + "?scopeArea=FUNCTIONALITY").auth(dinas()).send().json();
        assertThat(listed.get("items")).hasSize(1);
        assertThat(http.get(path + "?scopeArea=GOVERNANCE_AND_MANAGEMENT").auth(dinas()).send().json().get("items"))
                .isEmpty();

        JsonNode history = http.get(one + "/history").auth(auditor(lead)).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries")).hasSize(3);
        JsonNode recordedEvent = AuditEvents.published("spbe.audit.workpaper.v1", "id.go.spbe.workpaper.recorded.v1",
                id, 1).get(0);
        assertThat(recordedEvent.get("auditedOpd").asString()).isEqualTo("DINKES");
        assertThat(recordedEvent.has("notes")).as("the notes stay in the service").isFalse();
        assertThat(AuditEvents.published("spbe.audit.workpaper.v1", "id.go.spbe.workpaper.revised.v1", id, 2))
                .anyMatch(e -> e.get("change").asString().equals("FILES_ATTACHED") && e.get("files").asInt() == 1)
                .anyMatch(e -> e.get("change").asString().equals("REVISED"));

        api.step(audit + "/start", auditor(lead), null);
        api.step(audit + "/report", auditor(lead), null);
        assertThat(record(auditor(lead), paper("Masih bisa saat pelaporan", "FUNCTIONALITY")).status())
                .isEqualTo(201);
        api.step(audit + "/complete", auditor(lead), null);
        assertThat(record(auditor(lead), paper("Terlambat", "FUNCTIONALITY")).status()).isEqualTo(409);
        assertThat(http.put(one).auth(auditor(lead)).json(revised).send().status()).isEqualTo(409);
        assertThat(raw.multipartFiles(one + "/files", auditor(lead), null, Map.of(),
                List.of(new FilePart("a.pdf", "application/pdf", pdf))).status()).isEqualTo(409);
        assertThat(http.get(one).auth(auditor(member)).send().status()).as("still readable").isEqualTo(200);
    }

    @Test
    void au2AWorkpaperCoversAScopeItemOfItsAudit() {
        TestHttp.Reply outside = record(auditor(lead), paper("Uji beban", "PERFORMANCE"));
        assertThat(outside.status()).as(outside.toString()).isEqualTo(422);
        assertThat(outside.json().get("obligation").asString()).isEqualTo("AU2");
    }

    @Test
    void theTeamAndDinasReadWorkpapers_theAuditedOpdCoordinatorsAndOtherAuditorsDoNot_SEC1() {
        String one = path + "/" + record(auditor(lead), paper("Uji akses", "FUNCTIONALITY")).json().get("id")
                .asString();
        for (String reader : List.of(auditor(lead), auditor(member), dinas())) {
            assertThat(http.get(path).auth(reader).send().json().get("items")).hasSize(1);
            assertThat(http.get(one).auth(reader).send().status()).isEqualTo(200);
        }
        for (String refused : List.of(operator("DINKES"), coordinator())) {
            assertThat(http.get(path).auth(refused).send().status()).isEqualTo(403);
            assertThat(http.get(one).auth(refused).send().status()).isEqualTo(403);
        }
        String stranger = auditor(AuditApi.login("lain"));
        assertThat(http.get(path).auth(stranger).send().status()).isEqualTo(404);
        assertThat(record(stranger, paper("x", "FUNCTIONALITY")).status()).isEqualTo(404);
        assertThat(record(dinas(), paper("x", "FUNCTIONALITY")).status()).as("Dinas reads, the team writes")
                .isEqualTo(403);
        assertThat(record(operator("DINKES"), paper("x", "FUNCTIONALITY")).status()).isEqualTo(403);
    }
}
