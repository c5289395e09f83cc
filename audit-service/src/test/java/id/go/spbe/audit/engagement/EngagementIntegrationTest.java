package id.go.spbe.audit.engagement;

import id.go.spbe.audit.support.AuditApi;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.audit.support.AuditApi.auditor;
import static id.go.spbe.audit.support.AuditApi.dinas;
import static id.go.spbe.audit.support.AuditApi.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An audit from the plan to completion (AU1–AU3, AU7): Dinas plans it from a plan item with a scope checklist and a
 * team, the lead auditor runs it, findings are recorded and followed up by the owner OPD, and completing it moves
 * the plan's next due date (AU5). Every published event is checked against its schema.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class EngagementIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    AuditApi api;
    TestHttp http;
    Instant started;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        for (String opd : List.of("DINKES", "DISDIK", "DISKOMINFO")) {
            AuditEvents.opdRegistered(opd);
        }
    }

    @BeforeEach
    void setUp() {
        started = clock.instant();
        clock.set(Instant.parse("2026-11-30T03:00:00Z"));
        api = new AuditApi(port);
        http = api.http();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISKOMINFO", org.bson.Document.class,
                "opd_references") != null);
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(started);
    }

    org.bson.Document obligation(String id) {
        return mongo.findById(id, org.bson.Document.class, "audit_obligations");
    }

    @Test
    void au5AnAuditPlannedFromThePlanRunsToCompletionAndMovesTheNextDueDate() {
        String appId = UUID.randomUUID().toString();
        TestKafka.send(AuditEvents.APPLICATIONS, appId, AuditEvents.registered(appId, "DINKES", "KHUSUS",
                Instant.parse("2026-05-04T03:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> obligation(appId + ":APLIKASI") != null);
        String lead = AuditApi.login("budi");
        String leadId = api.internalAuditor(lead, "DISKOMINFO");

        TestHttp.Reply scheduled = http.post("/api/v1/audits").auth(dinas()).json(Map.of(
                "planItemId", appId + ":APLIKASI", "title", "Audit aplikasi SIMPUS", "plannedStart", "2026-12-01",
                "plannedEnd", "2027-01-31", "scope", List.of("GOVERNANCE_AND_MANAGEMENT", "FUNCTIONALITY", "OTHER"),
                "otherScope", "Integrasi dengan SATUSEHAT",
                "team", List.of(Map.of("auditorId", leadId, "lead", true)))).send();
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        assertThat(scheduled.header("Location")).startsWith("/api/v1/audits/");
        JsonNode audit = scheduled.json();
        String id = audit.get("id").asString();
        assertThat(audit.get("kind").asString()).isEqualTo("APLIKASI");
        assertThat(audit.get("objectId").asString()).isEqualTo(appId);
        assertThat(audit.get("auditedOpd").asString()).isEqualTo("DINKES");
        assertThat(audit.get("status").asString()).isEqualTo("PLANNED");
        assertThat(audit.get("team").get(0).get("lead").asBoolean()).isTrue();

        String path = "/api/v1/audits/" + id;
        await().atMost(Duration.ofSeconds(30)).until(() -> id.equals(obligation(appId + ":APLIKASI")
                .getString("scheduledAuditId")));
        JsonNode scheduledItem = http.get("/api/v1/audit-plan?year=2028&opd=DINKES&kind=APLIKASI&size=200")
                .auth(dinas()).send().json().get("items").valueStream()
                .filter(i -> i.get("applicationId").asString().equals(appId)).findFirst().orElseThrow();
        assertThat(scheduledItem.get("scheduledStart").asString()).isEqualTo("2026-12-01");
        AuditEvents.published("spbe.audit.obligation.v1", "id.go.spbe.audit-obligation.audit-linked.v1",
                appId + ":APLIKASI", 1);
        TestHttp.Reply stale = http.post(path + "/start").auth(auditor(lead)).header("If-Match", "\"999\"").send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.step(path + "/start", auditor(lead), null).get("status").asString()).isEqualTo("IN_PROGRESS");
        TestHttp.Reply again = http.post(path + "/start").auth(auditor(lead)).send();
        assertThat(again.status()).isEqualTo(409);

        TestHttp.Reply opened = http.post(path + "/findings").auth(auditor(lead)).json(Map.of(
                "title", "Tidak ada pencadangan harian", "severity", "HIGH",
                "criterion", "Data layanan dicadangkan setiap hari.", "condition", "Pencadangan terakhir 3 bulan lalu.",
                "cause", "Tidak ada jadwal.", "effect", "Data pasien dapat hilang.",
                "recommendation", "Jadwalkan pencadangan harian dan uji pemulihan.", "ownerOpd", "DINKES",
                "dueDate", "2027-06-30")).send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String finding = path + "/findings/" + opened.json().get("id").asString();
        assertThat(opened.json().get("overdue").asBoolean()).isFalse();
        String findingKey = opened.json().get("id").asString();
        clock.set(Instant.parse("2027-07-01T03:00:00Z")); // past its due date (2027-06-30), still open
        assertThat(http.get("/api/v1/audits/findings?overdue=true&ownerOpd=DINKES&size=200").auth(operator("DINKES"))
                .send().json().get("items").valueStream().anyMatch(f -> f.get("id").asString().equals(findingKey)
                        && f.get("overdue").asBoolean())).isTrue();
        clock.set(Instant.parse("2026-12-01T03:00:00Z"));
        assertThat(http.get("/api/v1/audits/findings?overdue=true&ownerOpd=DINKES&size=200").auth(operator("DINKES"))
                .send().json().get("items").valueStream().noneMatch(f -> f.get("id").asString().equals(findingKey)))
                .isTrue();
        assertThat(api.step(finding + "/confirm", operator("DINKES"), Map.of("note", "Disetujui")).get("status")
                .asString()).isEqualTo("CONFIRMED");
        api.step(finding + "/start-remediation", operator("DINKES"), null);
        api.step(finding + "/resolve", operator("DINKES"), Map.of("note", "Jadwal harian berjalan"));
        JsonNode verified = api.step(finding + "/verify", auditor(lead), null);
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("verifiedBy").asString()).isEqualTo(lead);
        String findingId = opened.json().get("id").asString();
        assertThat(AuditEvents.published("spbe.audit.finding.v1", "id.go.spbe.finding.opened.v1", findingId, 1)
                .get(0).get("severity").asString()).isEqualTo("HIGH");
        assertThat(AuditEvents.published("spbe.audit.finding.v1", "id.go.spbe.finding.status-changed.v1", findingId,
                3)).extracting(d -> d.get("to").asString())
                .containsExactlyInAnyOrder("CONFIRMED", "IN_REMEDIATION", "RESOLVED");
        AuditEvents.published("spbe.audit.finding.v1", "id.go.spbe.finding.closed.v1", findingId, 1);

        clock.set(Instant.parse("2027-01-20T02:00:00Z"));
        api.step(path + "/report", auditor(lead), null);
        JsonNode completed = api.step(path + "/complete", auditor(lead), null);
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("completedOn").asString()).isEqualTo("2027-01-20");

        await().atMost(Duration.ofSeconds(30)).until(() -> obligation(appId + ":APLIKASI").get("lastAuditedOn")
                != null);
        assertThat(obligation(appId + ":APLIKASI").get("dueDate").toString()).contains("2029");
        JsonNode item = http.get("/api/v1/audit-plan?year=2029&opd=DINKES&kind=APLIKASI&size=200").auth(dinas())
                .send().json().get("items").valueStream()
                .filter(i -> i.get("applicationId").asString().equals(appId)).findFirst().orElseThrow();
        assertThat(item.get("dueDate").asString()).isEqualTo("2029-01-20");
        assertThat(item.get("neverAudited").asBoolean()).isFalse();
        assertThat(item.get("lastAuditId").asString()).isEqualTo(id);
        assertThat(item.get("scheduledAuditId").isNull()).as("the cycle's audit is done").isTrue();
        JsonNode moved = AuditEvents.published("spbe.audit.obligation.v1",
                "id.go.spbe.audit-obligation.rescheduled.v1", appId + ":APLIKASI", 1).get(0);
        assertThat(moved.get("reason").asString()).isEqualTo("AUDIT_COMPLETED");
        assertThat(moved.get("previousDueDate").asString()).isEqualTo("2028-05-04");
        assertThat(moved.get("dueDate").asString()).isEqualTo("2029-01-20");
        assertThat(moved.get("auditId").asString()).isEqualTo(id);

        for (String type : List.of("scheduled", "team-assigned", "started", "reporting-started", "completed")) {
            AuditEvents.published("spbe.audit.audit.v1", "id.go.spbe.audit." + type + ".v1", id, 1);
        }
        JsonNode history = http.get(path + "/history").auth(dinas()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries")).hasSize(5);
    }

    @Test
    void au3AnAuditorWhoseCertificateExpiresBeforeTheAuditEndsIsRefused() {
        String expiring = api.externalAuditor(AuditApi.login("rina"), "2027-03-31");
        TestHttp.Reply refused = http.post("/api/v1/audits").auth(dinas()).json(Map.of("kind", "INFRASTRUKTUR",
                "auditedOpd", "DISDIK", "title", "Audit infrastruktur", "plannedStart", "2027-03-01",
                "plannedEnd", "2027-04-30", "scope", List.of("PERFORMANCE"),
                "team", List.of(Map.of("auditorId", expiring, "lead", true)))).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("obligation").asString()).isEqualTo("AU3");
        assertThat(refused.json().get("detail").asString()).contains("2027-03-31");

        JsonNode ok = api.adHocAudit("DISDIK", expiring, "2027-02-01", "2027-03-31");
        assertThat(ok.get("team")).hasSize(1);
    }

    @Test
    void au3AnInternalAuditorMayNotAuditTheirOwnOpd() {
        String own = api.internalAuditor(AuditApi.login("sari"), "DINKES");
        String lead = api.internalAuditor(AuditApi.login("budi"), "DISKOMINFO");
        JsonNode audit = api.adHocAudit("DINKES", lead, "2027-02-01", "2027-03-31");
        TestHttp.Reply refused = http.post("/api/v1/audits/" + audit.get("id").asString() + "/team").auth(dinas())
                .json(Map.of("members", List.of(Map.of("auditorId", lead, "lead", true),
                        Map.of("auditorId", own, "lead", false)))).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("obligation").asString()).isEqualTo("AU3");
        assertThat(refused.json().get("detail").asString()).contains("independen");
    }

    @Test
    void au3ACertificateThatExpiredSinceTheAssignmentStopsTheStart() {
        String username = AuditApi.login("rina");
        String external = api.externalAuditor(username, "2027-12-31");
        JsonNode audit = api.adHocAudit("DISDIK", external, "2027-02-01", "2027-03-31");
        TestHttp.Reply current = http.get("/api/v1/auditors/" + external).auth(dinas()).send();
        TestHttp.Reply renewedShorter = http.put("/api/v1/auditors/" + external).auth(dinas())
                .header("If-Match", current.header("ETag")).json(Map.of("type", "EXTERNAL_AUDITOR", "name",
                        "Auditor " + username, "username", username, "certificate", Map.of("number", "CISA-x",
                                "issuer", "ISACA", "expiresOn", "2027-03-01"))).send();
        assertThat(renewedShorter.status()).as(renewedShorter.toString()).isEqualTo(200);
        TestHttp.Reply start = http.post("/api/v1/audits/" + audit.get("id").asString() + "/start")
                .auth(auditor(username)).send();
        assertThat(start.status()).as(start.toString()).isEqualTo(422);
        assertThat(start.json().get("obligation").asString()).isEqualTo("AU3");
    }

    @Test
    void au7ARiskIsAcceptedOnlyWithWhoAndWhyAndAnAuditIsCancelledOnlyWithAReason() {
        String lead = AuditApi.login("budi");
        JsonNode audit = api.adHocAudit("DISDIK", api.internalAuditor(lead, "DISKOMINFO"), "2027-02-01",
                "2027-03-31");
        String path = "/api/v1/audits/" + audit.get("id").asString();
        api.step(path + "/start", auditor(lead), null);
        TestHttp.Reply opened = http.post(path + "/findings").auth(auditor(lead)).json(Map.of("title",
                "Port terbuka", "severity", "MEDIUM", "criterion", "c", "condition", "k", "cause", "s", "effect", "a",
                "recommendation", "Tutup port", "ownerOpd", "DISDIK", "dueDate", "2027-05-01")).send();
        String finding = path + "/findings/" + opened.json().get("id").asString();
        api.step(finding + "/confirm", auditor(lead), null);
        TestHttp.Reply noReason = http.post(finding + "/accept-risk").auth(operator("DISDIK")).json("{}").send();
        assertThat(noReason.status()).isEqualTo(400);
        JsonNode accepted = api.step(finding + "/accept-risk", operator("DISDIK"),
                Map.of("reason", "Sistem diganti tahun depan"));
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED_RISK");
        assertThat(accepted.get("acceptedBy").asString()).isEqualTo("operator.disdik");
        assertThat(accepted.get("acceptedReason").asString()).isEqualTo("Sistem diganti tahun depan");
        assertThat(http.post(finding + "/verify").auth(auditor(lead)).send().status()).isEqualTo(409);

        assertThat(http.post(path + "/cancel").auth(dinas()).json("{}").send().status()).isEqualTo(400);
        JsonNode cancelled = api.step(path + "/cancel", dinas(), Map.of("reason", "Digabung dengan audit lain"));
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        AuditEvents.published("spbe.audit.audit.v1", "id.go.spbe.audit.cancelled.v1", audit.get("id").asString(), 1);
        assertThat(http.post(path + "/start").auth(dinas()).send().status()).isEqualTo(409);
    }

    @Test
    void au3TheAuditorRegisterKeepsDecreesAndCertificatesWithATamperEvidentHistory() {
        String username = AuditApi.login("budi");
        String id = api.internalAuditor(username, "DISKOMINFO");
        JsonNode read = http.get("/api/v1/auditors/" + id).auth(dinas()).send().json();
        assertThat(read.get("decree").get("number").asString()).isEqualTo("800/12/KEP/2026");
        assertThat(read.get("homeOpd").asString()).isEqualTo("DISKOMINFO");
        AuditEvents.published("spbe.audit.auditor.v1", "id.go.spbe.auditor.registered.v1", id, 1);
        TestHttp.Reply current = http.get("/api/v1/auditors/" + id).auth(dinas()).send();
        TestHttp.Reply update = http.put("/api/v1/auditors/" + id).auth(dinas())
                .header("If-Match", current.header("ETag")).json(Map.of("type", "INTERNAL", "name", "Budi S.",
                        "username", username, "homeOpd", "DISKOMINFO", "active", false, "decree",
                        Map.of("number", "800/99/KEP/2027", "date", "2027-01-02", "documentId", "doc-1"))).send();
        assertThat(update.status()).as(update.toString()).isEqualTo(200);
        assertThat(update.json().get("active").asBoolean()).isFalse();
        AuditEvents.published("spbe.audit.auditor.v1", "id.go.spbe.auditor.updated.v1", id, 1);
        TestHttp.Reply stale = http.put("/api/v1/auditors/" + id).auth(dinas())
                .header("If-Match", current.header("ETag")).json(Map.of("type", "INTERNAL", "name", "Budi",
                        "homeOpd", "DISKOMINFO", "decree", Map.of("number", "1", "date", "2027-01-02"))).send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(http.get("/api/v1/auditors/" + id + "/history").auth(dinas()).send().json().get("entries"))
                .hasSize(2);
        TestHttp.Reply inactive = http.post("/api/v1/audits").auth(dinas()).json(Map.of("kind", "KEAMANAN",
                "auditedOpd", "DINKES", "title", "x", "plannedStart", "2027-02-01", "plannedEnd", "2027-02-02",
                "scope", List.of("OTHER"), "otherScope", "Kesiapan insiden",
                "team", List.of(Map.of("auditorId", id, "lead", true)))).send();
        assertThat(inactive.status()).isEqualTo(422);
    }

    @Test
    void aRepeatedPlanRequestWithTheSameIdempotencyKeyPlansOneAudit() {
        String lead = api.internalAuditor(AuditApi.login("budi"), "DISKOMINFO");
        Map<String, Object> body = Map.of("kind", "INFRASTRUKTUR", "auditedOpd", "DISDIK", "title", "Audit jaringan",
                "plannedStart", "2027-05-01", "plannedEnd", "2027-05-31", "scope", List.of("PERFORMANCE"),
                "team", List.of(Map.of("auditorId", lead, "lead", true)));
        String key = UUID.randomUUID().toString();
        TestHttp.Reply first = http.post("/api/v1/audits").auth(dinas()).header("Idempotency-Key", key).json(body)
                .send();
        TestHttp.Reply again = http.post("/api/v1/audits").auth(dinas()).header("Idempotency-Key", key).json(body)
                .send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    }
}
