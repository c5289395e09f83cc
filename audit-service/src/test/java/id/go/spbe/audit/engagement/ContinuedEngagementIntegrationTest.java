package id.go.spbe.audit.engagement;

import id.go.spbe.audit.support.AuditApi;
import id.go.spbe.audit.support.AuditEvents;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.audit.support.AuditApi.auditor;
import static id.go.spbe.audit.support.AuditApi.dinas;
import static id.go.spbe.audit.support.AuditApi.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Start from last cycle's engagement" (AU2, AU7 follow-up): the next audit of the same object and kind copies the
 * scope and carries the open findings over — referenced, not duplicated — and its own team verifies and closes them.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class ContinuedEngagementIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    AuditApi api;
    TestHttp http;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        for (String opd : List.of("DINKES", "DISDIK", "DISKOMINFO")) {
            AuditEvents.opdRegistered(opd);
        }
    }

    @BeforeEach
    void setUp() {
        api = new AuditApi(port);
        http = api.http();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISKOMINFO", org.bson.Document.class,
                "opd_references") != null);
    }

    Map<String, Object> finding(String title) {
        return Map.of("title", title, "severity", "MEDIUM", "criterion", "c", "condition", "k", "cause", "s",
                "effect", "a", "recommendation", "r", "ownerOpd", "DINKES", "dueDate", "2027-06-01");
    }

    /** A completed KEAMANAN audit of {@code objectId} with one finding left open and one whose risk was accepted. */
    String completedAuditWithFindings(String objectId, String lead, List<String> openAndAccepted) {
        String leadId = api.internalAuditor(lead, "DISKOMINFO");
        TestHttp.Reply created = http.post("/api/v1/audits").auth(dinas()).json(Map.of("kind", "KEAMANAN",
                "objectId", objectId, "objectName", "SIMPUS", "auditedOpd", "DINKES", "title", "Audit 2026",
                "plannedStart", "2026-12-01", "plannedEnd", "2027-01-31", "scope", List.of("OTHER", "PERFORMANCE"),
                "otherScope", "Integrasi SATUSEHAT", "team", List.of(Map.of("auditorId", leadId, "lead", true))))
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/v1/audits/" + created.json().get("id").asString();
        api.step(path + "/start", auditor(lead), null);
        for (String title : List.of("Kata sandi bawaan", "Log tidak disimpan")) {
            TestHttp.Reply f = http.post(path + "/findings").auth(auditor(lead)).json(finding(title)).send();
            assertThat(f.status()).as(f.toString()).isEqualTo(201);
            openAndAccepted.add(f.json().get("id").asString());
        }
        String accepted = path + "/findings/" + openAndAccepted.get(1);
        api.step(accepted + "/confirm", operator("DINKES"), null);
        api.step(accepted + "/accept-risk", operator("DINKES"), Map.of("reason", "Sistem diganti tahun depan"));
        api.step(path + "/report", auditor(lead), null);
        api.step(path + "/complete", auditor(lead), null);
        return created.json().get("id").asString();
    }

    @Test
    void au2TheNextCycleCopiesScopeCarriesOpenFindingsAndItsTeamVerifiesThem() {
        String objectId = UUID.randomUUID().toString();
        List<String> findings = new java.util.ArrayList<>();
        String previous = completedAuditWithFindings(objectId, AuditApi.login("lama"), findings);
        String open = findings.get(0);
        String accepted = findings.get(1);
        String lead = AuditApi.login("baru");
        String leadId = api.internalAuditor(lead, "DISKOMINFO");

        TestHttp.Reply created = http.post("/api/v1/audits").auth(dinas()).json(Map.of("previousAuditId", previous,
                "title", "Audit 2028", "plannedStart", "2028-12-01", "plannedEnd", "2029-01-31", "team",
                List.of(Map.of("auditorId", leadId, "lead", true)))).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode next = created.json();
        String nextId = next.get("id").asString();
        assertThat(next.get("previousAuditId").asString()).isEqualTo(previous);
        assertThat(next.get("kind").asString()).isEqualTo("KEAMANAN");
        assertThat(next.get("objectId").asString()).isEqualTo(objectId);
        assertThat(next.get("auditedOpd").asString()).isEqualTo("DINKES");
        assertThat(next.get("scope").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("OTHER", "PERFORMANCE");
        assertThat(next.get("otherScope").asString()).isEqualTo("Integrasi SATUSEHAT");
        assertThat(AuditEvents.published("spbe.audit.audit.v1", "id.go.spbe.audit.scheduled.v1", nextId, 1).get(0)
                .get("previousAuditId").asString()).isEqualTo(previous);

        String path = "/api/v1/audits/" + nextId;
        JsonNode listed = http.get(path + "/findings").auth(auditor(lead)).send().json().get("items");
        assertThat(listed.valueStream().map(f -> f.get("id").asString()).toList())
                .as("the open finding only, referenced once").containsExactly(open);
        assertThat(listed.get(0).get("auditId").asString()).as("not duplicated").isEqualTo(previous);
        assertThat(listed.get(0).get("carriedOverTo").get(0).asString()).isEqualTo(nextId);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("auditId").is(nextId)), "findings"))
                .isZero();
        JsonNode carried = AuditEvents.published("spbe.audit.finding.v1", "id.go.spbe.finding.carried-over.v1",
                open, 1).get(0);
        assertThat(carried.get("toAuditId").asString()).isEqualTo(nextId);
        assertThat(AuditEvents.all("spbe.audit.finding.v1", "id.go.spbe.finding.carried-over.v1", accepted,
                Duration.ofSeconds(1))).as("a closed finding stays behind").isEmpty();
        assertThat(http.get(path + "/findings/" + accepted).auth(dinas()).send().status()).isEqualTo(404);

        String carriedPath = path + "/findings/" + open;
        api.step(path + "/start", auditor(lead), null);
        api.step(carriedPath + "/confirm", operator("DINKES"), null);
        api.step(carriedPath + "/start-remediation", operator("DINKES"), null);
        api.step(carriedPath + "/resolve", operator("DINKES"), Map.of("note", "Kata sandi diganti"));
        assertThat(http.post(carriedPath + "/verify").auth(auditor(AuditApi.login("lain"))).send().status())
                .as("an auditor of neither audit").isEqualTo(404);
        JsonNode verified = api.step(carriedPath + "/verify", auditor(lead), null);
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("verifiedBy").asString()).isEqualTo(lead);
    }

    @Test
    void au2OnlyACompletedAuditOfTheSameObjectAndKindCanBeContinued() {
        String lead = AuditApi.login("budi");
        String running = api.adHocAudit("DINKES", api.internalAuditor(lead, "DISKOMINFO"), "2027-01-01",
                "2027-02-01").get("id").asString();
        Map<String, Object> next = new HashMap<>(Map.of("previousAuditId", running, "title", "Lanjutan",
                "plannedStart", "2028-01-01", "plannedEnd", "2028-02-01"));
        TestHttp.Reply notDone = http.post("/api/v1/audits").auth(dinas()).json(next).send();
        assertThat(notDone.status()).as(notDone.toString()).isEqualTo(409);
        next.put("kind", "APLIKASI");
        TestHttp.Reply otherKind = http.post("/api/v1/audits").auth(dinas()).json(next).send();
        assertThat(otherKind.status()).isEqualTo(400);
        assertThat(otherKind.text()).contains("\"previousAuditId");
        next.remove("kind");
        next.put("previousAuditId", "tidak-ada");
        TestHttp.Reply unknown = http.post("/api/v1/audits").auth(dinas()).json(next).send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("\"previousAuditId");
        next.remove("previousAuditId");
        next.put("kind", "APLIKASI");
        next.put("auditedOpd", "DINKES");
        TestHttp.Reply noScope = http.post("/api/v1/audits").auth(dinas()).json(next).send();
        assertThat(noScope.status()).as("a fresh audit still needs its scope").isEqualTo(400);
        assertThat(noScope.text()).contains("\"scope");
    }
}
