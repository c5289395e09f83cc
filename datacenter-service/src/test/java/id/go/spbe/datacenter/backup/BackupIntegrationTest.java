package id.go.spbe.datacenter.backup;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.datacenter.DatacenterTestSupport;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.datacenter.DatacenterTestSupport.MAIN;
import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.application;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertProblem;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertRule;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.machine;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * D6: backup policies, runs reported by machine clients, and supervision that raises BackupOverdue exactly once per
 * miss — driven by the service's clock, not by waiting.
 */
@DatacenterIntegrationTest
class BackupIntegrationTest {

    static final String TOPIC = "spbe.datacenter.backup.v1";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    BackupSupervision supervision;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
    }

    String policy(String opd, String app, int frequencyHours, int rpoHours) {
        TestHttp.Reply created = http.post("/api/v1/backup-policies").auth(operator(opd)).json(Map.of(
                "systemKind", "APPLICATION", "systemId", app, "frequencyHours", frequencyHours, "retentionDays", 30,
                "rpoHours", rpoHours, "offsiteCopy", true)).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    Map<String, Object> run(String policyId, Instant startedAt, String result) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("policyId", policyId);
        run.put("startedAt", startedAt.toString());
        run.put("durationSeconds", 600);
        run.put("sizeBytes", 1_073_741_824L);
        run.put("checksum", SHA);
        run.put("result", result);
        run.put("offsite", true);
        if (result.equals("FAILED")) {
            run.put("message", "Disk tujuan penuh");
        }
        return run;
    }

    List<JsonNode> overdueEvents(String policyId, Duration window) {
        return TestKafka.collect(TOPIC, r -> policyId.equals(r.key()) && r.value().contains(
                "id.go.spbe.backup.overdue.v1"), window).stream().map(r -> JSON.readTree(r.value())).toList();
    }

    JsonNode standing(String token, String opd, String policyId) {
        return http.get("/api/v1/backup-compliance?opd=" + opd + "&size=200").auth(token).send().json().get("items")
                .valueStream().filter(i -> i.get("policyId").asString().equals(policyId)).findFirst().orElseThrow();
    }

    @Test
    void d6AMissedWindowRaisesBackupOverdueExactlyOncePerMissAcrossTicksAndRestarts() {
        String opd = newOpdCode("DINKES");
        opd(mongo, opd, false);
        String policyId = policy(opd, application(mongo, opd, "SIMPUS"), 24, 24);
        TestHttp.Reply reported = http.post("/api/v1/backup-runs").auth(machine(opd))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .json(run(policyId, clock.instant().minusSeconds(600), "SUCCESS")).send();
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        assertThat(reported.json().get("reportedBy").asString()).isEqualTo("backup-" + opd.toLowerCase());
        published(TOPIC, policyId, "id.go.spbe.backup-run.reported.v1");
        assertThat(standing(operator(opd), opd, policyId).get("standing").asString()).isEqualTo("COMPLIANT");

        clock.advance(Duration.ofHours(24)); // the window ended, but the grace (1 h) has not
        supervision.detect();
        assertThat(mongo.findById(policyId, Document.class, "backup_policies").get("overdueRaisedFor")).isNull();

        clock.advance(Duration.ofHours(2));
        supervision.detect();
        supervision.detect(); // the next tick
        assertThat(supervision.job().runNow()).as("the scheduled job, under its lease").isTrue();
        JsonNode overdue = published(TOPIC, policyId, "id.go.spbe.backup.overdue.v1");
        assertThat(overdue.get("data").get("reason").asString()).isEqualTo("MISSED");
        assertThat(overdue.get("data").get("missedWindows").asInt()).isEqualTo(1);
        assertThat(overdue.get("opd").asString()).isEqualTo(opd);
        assertThat(standing(admin(), opd, policyId).get("standing").asString()).isEqualTo("OVERDUE");

        clock.advance(Duration.ofHours(24)); // a second window passes: a second miss, one more event
        supervision.detect();
        supervision.detect();
        List<JsonNode> events = overdueEvents(policyId, Duration.ofSeconds(3));
        assertThat(events).hasSize(2);
        assertThat(events.get(1).get("data").get("missedWindows").asInt()).isEqualTo(2);

        JsonNode history = http.get("/api/v1/backup-policies/" + policyId + "/history").auth(operator(opd)).send()
                .json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").valueStream().filter(e -> e.get("action").asString()
                .equals("id.go.spbe.backup.overdue.v1"))).hasSize(2);

        // A new success closes the miss: compliant again, and nothing is raised until its window passes.
        http.post("/api/v1/backup-runs").auth(machine(opd)).json(run(policyId, clock.instant(), "SUCCESS")).send();
        supervision.detect();
        assertThat(standing(operator(opd), opd, policyId).get("standing").asString()).isEqualTo("COMPLIANT");
        assertThat(overdueEvents(policyId, Duration.ofSeconds(2))).hasSize(2);
    }

    @Test
    void d6AFailedRunRaisesBackupOverdueAtOnceAndTheSystemIsFailing() {
        String opd = newOpdCode("DISDIK");
        opd(mongo, opd, false);
        String policyId = policy(opd, application(mongo, opd, "SIMDIK"), 12, 24);
        String key = UUID.randomUUID().toString();
        Map<String, Object> failed = run(policyId, clock.instant().minusSeconds(60), "FAILED");
        TestHttp.Reply first = http.post("/api/v1/backup-runs").auth(machine(opd)).header("Idempotency-Key", key)
                .json(failed).send();
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        TestHttp.Reply resent = http.post("/api/v1/backup-runs").auth(machine(opd)).header("Idempotency-Key", key)
                .json(failed).send();
        assertThat(resent.status()).isEqualTo(201);
        assertThat(resent.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(resent.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertProblem(http.post("/api/v1/backup-runs").auth(machine(opd)).json(failed).send(), 409,
                "state-conflict");

        JsonNode overdue = published(TOPIC, policyId, "id.go.spbe.backup.overdue.v1");
        assertThat(overdue.get("data").get("reason").asString()).isEqualTo("FAILED");
        assertThat(overdue.get("data").get("runId").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(overdueEvents(policyId, Duration.ofSeconds(2))).hasSize(1);
        assertThat(standing(operator(opd), opd, policyId).get("standing").asString()).isEqualTo("FAILING");
        JsonNode perOpd = http.get("/api/v1/backup-compliance/opds?size=200").auth(admin()).send().json()
                .get("items").valueStream().filter(i -> i.get("opd").asString().equals(opd)).findFirst()
                .orElseThrow();
        assertThat(perOpd.get("failing").asInt()).isEqualTo(1);
        assertThat(perOpd.get("compliancePercent").asDouble()).isEqualTo(0.0);
        String csv = http.get("/api/v1/backup-compliance/export.csv?opd=" + opd).auth(admin()).send().text();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains(policyId + "," + opd + ",APPLICATION").contains("FAILING");
    }

    @Test
    void d6MachineClientsReportOnlyForTheirOwnOpdsSystemsAndSuccessNeedsAChecksum() {
        String opd = newOpdCode("DINSOS");
        String other = newOpdCode("DISNAKER");
        opd(mongo, opd, false);
        opd(mongo, other, false);
        String policyId = policy(opd, application(mongo, opd, "SIKS"), 24, 24);
        assertProblem(http.post("/api/v1/backup-runs").auth(machine(other))
                .json(run(policyId, clock.instant(), "SUCCESS")).send(), 404, "not-found");
        assertProblem(http.post("/api/v1/backup-runs").auth(operator(opd))
                .json(run(policyId, clock.instant(), "SUCCESS")).send(), 403, "forbidden");
        Map<String, Object> noChecksum = run(policyId, clock.instant(), "SUCCESS");
        noChecksum.remove("checksum");
        assertRule(http.post("/api/v1/backup-runs").auth(machine(opd)).json(noChecksum).send(), "D6");
        assertRule(http.post("/api/v1/backup-runs").auth(machine(opd))
                .json(run(policyId, clock.instant().plus(Duration.ofHours(1)), "SUCCESS")).send(), "D6");
        Map<String, Object> badSum = run(policyId, clock.instant(), "SUCCESS");
        badSum.put("checksum", "not-a-sha");
        TestHttp.Reply bad = http.post("/api/v1/backup-runs").auth(machine(opd)).json(badSum).send();
        assertProblem(bad, 400, "validation");
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("checksum");
        assertThat(http.post("/api/v1/backup-runs").auth(admin()).json(run(policyId, clock.instant(), "SUCCESS"))
                .send().status()).isEqualTo(201);
        // The data center's own backup system (a machine client of the Dinas) reports for every OPD's systems.
        String kominfo = newOpdCode("KOMINFO");
        DatacenterTestSupport.dinasOpd(mongo, kominfo);
        TestHttp.Reply byDinasSystem = http.post("/api/v1/backup-runs").auth(machine(kominfo))
                .json(run(policyId, clock.instant().minusSeconds(60), "SUCCESS")).send();
        assertThat(byDinasSystem.status()).as(byDinasSystem.text()).isEqualTo(201);
        JsonNode runs = http.get("/api/v1/backup-runs?policyId=" + policyId).auth(operator(opd)).send().json();
        assertThat(runs.get("totalItems").asInt()).isEqualTo(2);
        assertProblem(http.get("/api/v1/backup-runs?policyId=" + policyId).auth(operator(other)).send(), 404,
                "not-found");
    }

    @Test
    void d6PolicyRulesOneActivePolicyPerSystemFrequencyWithinRpoAndARegisteredApplication() {
        String opd = newOpdCode("BAPENDA");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIPAD");
        TestHttp.Reply tooRare = http.post("/api/v1/backup-policies").auth(operator(opd)).json(Map.of(
                "systemKind", "APPLICATION", "systemId", app, "frequencyHours", 48, "retentionDays", 30,
                "rpoHours", 24, "offsiteCopy", false)).send();
        assertRule(tooRare, "D6");
        assertRule(http.post("/api/v1/backup-policies").auth(operator(opd)).json(Map.of("systemKind",
                "APPLICATION", "systemId", "tak-terdaftar", "frequencyHours", 24, "retentionDays", 30, "rpoHours",
                24, "offsiteCopy", false)).send(), "A1");
        String policyId = policy(opd, app, 24, 24);
        assertProblem(http.post("/api/v1/backup-policies").auth(operator(opd)).json(Map.of("systemKind",
                "APPLICATION", "systemId", app, "frequencyHours", 24, "retentionDays", 30, "rpoHours", 24,
                "offsiteCopy", false)).send(), 409, "state-conflict");
        assertProblem(http.post("/api/v1/backup-policies/" + policyId + "/retire").auth(operator("DINKES"))
                .json(Map.of("reason", "x")).send(), 404, "not-found");
        TestHttp.Reply retired = http.post("/api/v1/backup-policies/" + policyId + "/retire").auth(operator(opd))
                .json(Map.of("reason", "Aplikasi dipindahkan ke pusat data nasional")).send();
        assertThat(retired.json().get("status").asString()).isEqualTo("RETIRED");
        published(TOPIC, policyId, "id.go.spbe.backup-policy.retired.v1");
        published(TOPIC, policyId, "id.go.spbe.backup-policy.defined.v1");
    }

    @Test
    void d6AVpsGetsItsBackupPolicyWhenItGoesIntoServiceAndLosesItWhenRetired() {
        String opd = newOpdCode("DPUPR");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIJALAN");
        TestHttp.Reply created = http.post("/api/v1/vps-requests").auth(operator(opd)).json(Map.of(
                "applicationId", app, "vcpu", 2, "ramGib", 4, "diskGib", 80, "osImage", "debian-12",
                "purpose", "Server SIJALAN")).send();
        String vps = created.json().get("id").asString();
        http.post("/api/v1/vps-requests/" + vps + "/approve").auth(admin()).json(Map.of("dataCenter", MAIN)).send();
        http.post("/api/v1/vps-requests/" + vps + "/provision").auth(admin()).json(Map.of("hostname",
                "sijalan-" + opd.toLowerCase() + ".vps", "ipAddress", "10.50." + (vps.hashCode() & 0x7f) + ".3",
                "handover", Map.of("handedTo", "Sari", "method", "PASSWORD_MANAGER_SHARE"))).send();
        assertThat(http.post("/api/v1/vps-requests/" + vps + "/activate").auth(operator(opd)).send().status())
                .isEqualTo(200);

        String policyId = "vps-" + vps;
        JsonNode defined = published(TOPIC, policyId, "id.go.spbe.backup-policy.defined.v1");
        assertThat(defined.get("data").get("origin").asString()).isEqualTo("VPS_ACTIVATION");
        JsonNode policy = await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/backup-policies/"
                + policyId).auth(operator(opd)).send(), r -> r.status() == 200).json();
        assertThat(policy.get("frequencyHours").asInt()).isEqualTo(24);
        assertThat(policy.get("system").get("name").asString()).isEqualTo("SIJALAN");

        // Per application: its own policy and the VPS hosting it.
        policy(opd, app, 12, 24);
        JsonNode perApplication = http.get("/api/v1/backup-compliance/applications?opd=" + opd).auth(operator(opd))
                .send().json().get("items");
        assertThat(perApplication).hasSize(1);
        assertThat(perApplication.get(0).get("applicationId").asString()).isEqualTo(app);
        assertThat(perApplication.get(0).get("systems").asInt()).isEqualTo(2);
        assertThat(perApplication.get(0).get("standing").asString()).isEqualTo("COMPLIANT");

        DatacenterTestSupport.consentForDinas(http, clock, opd, "DECOMMISSION_VPS"); // D7 (RL profile)
        http.post("/api/v1/vps-requests/" + vps + "/decommission").auth(admin()).json(Map.of("reason",
                "Aplikasi dihentikan")).send();
        await().atMost(Duration.ofSeconds(30)).until(() -> "RETIRED".equals(http.get("/api/v1/backup-policies/"
                + policyId).auth(operator(opd)).send().json().get("status").asString()));
    }

    @Test
    void d6AnApplicationRetiredInTheRegisterLosesItsBackupPolicy() {
        String opd = newOpdCode("KESBANG");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIPOL");
        String policyId = policy(opd, app, 24, 24);
        DatacenterTestSupport.decommissionApplication(mongo, app, opd, "SIPOL");
        await().atMost(Duration.ofSeconds(30)).until(() -> "RETIRED".equals(http.get("/api/v1/backup-policies/"
                + policyId).auth(operator(opd)).send().json().get("status").asString()));
        JsonNode retired = published(TOPIC, policyId, "id.go.spbe.backup-policy.retired.v1");
        assertThat(retired.get("data").get("reason").asString()).contains("Diganti aplikasi nasional");
        assertThat(retired.get("actor").asString()).isEqualTo("admin.dinas");
    }

    @Test
    void d6RestoreTestsAreRecordedDueOnTheirCadenceAndAFailedOneIsPublished() {
        String opd = newOpdCode("DISHUB");
        String other = newOpdCode("DISKOP");
        opd(mongo, opd, false);
        opd(mongo, other, false);
        String policyId = policy(opd, application(mongo, opd, "SITRANS"), 24, 24);
        String runId = http.post("/api/v1/backup-runs").auth(machine(opd))
                .json(run(policyId, clock.instant().minusSeconds(7200), "SUCCESS")).send().json().get("id")
                .asString();
        JsonNode before = standing(operator(opd), opd, policyId);
        assertThat(before.get("restoreTestOverdue").asBoolean()).isFalse();

        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(),
                java.time.ZoneId.of("Asia/Jakarta"));
        String path = "/api/v1/backup-policies/" + policyId + "/restore-tests";
        assertRule(http.post(path).auth(operator(opd)).json(Map.of("testedOn", today.plusDays(1).toString(),
                "durationMinutes", 30, "result", "PASSED")).send(), "D6");
        assertRule(http.post(path).auth(operator(opd)).json(Map.of("testedOn", today.toString(),
                "durationMinutes", 30, "result", "PASSED", "runId", "bukan-run-ini")).send(), "D6");
        assertProblem(http.post(path).auth(operator(other)).json(Map.of("testedOn", today.toString(),
                "durationMinutes", 30, "result", "PASSED")).send(), 404, "not-found");
        DatacenterTestSupport.consentForDinas(http, clock, opd, "RESTORE_TEST"); // D7 (RL profile)
        TestHttp.Reply failed = http.post(path).auth(admin()).json(Map.of("testedOn", today.toString(),
                "durationMinutes", 45, "result", "FAILED", "runId", runId, "notes", "Basis data tidak terbuka"))
                .send();
        assertThat(failed.status()).as(failed.text()).isEqualTo(201);
        JsonNode event = published(TOPIC, policyId, "id.go.spbe.restore-test.failed.v1");
        assertThat(event.get("data").get("runId").asString()).isEqualTo(runId);
        published(TOPIC, policyId, "id.go.spbe.restore-test.recorded.v1");
        JsonNode tests = http.get(path).auth(operator(opd)).send().json();
        assertThat(tests.get(0).get("result").asString()).isEqualTo("FAILED");
        assertThat(standing(operator(opd), opd, policyId).get("restoreTestDueBy").asString())
                .isEqualTo(today.plusMonths(6).toString());

        clock.advance(Duration.ofDays(200));
        assertThat(standing(admin(), opd, policyId).get("restoreTestOverdue").asBoolean()).isTrue();
    }

    @Test
    void d6ARestoreTestSentWithThePolicyVersionSeenAnswers412WhenThePolicyChangedMeanwhile() {
        String opd = newOpdCode("DINKES");
        opd(mongo, opd, false);
        String policyId = policy(opd, application(mongo, opd, "SIMPUS"), 24, 24);
        JsonNode row = standing(operator(opd), opd, policyId);
        String seen = "\"" + row.get("policyVersion").asLong() + "\"";
        assertThat(http.get("/api/v1/backup-policies/" + policyId).auth(operator(opd)).send().header("ETag"))
                .as("the compliance row's policyVersion is the number of the policy's ETag").isEqualTo(seen);
        JsonNode listed = http.get("/api/v1/backup-policies?opd=" + opd).auth(operator(opd)).send().json()
                .get("items").get(0);
        assertThat("\"" + listed.get("version").asLong() + "\"").isEqualTo(seen);

        String today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Jakarta"))
                .toString();
        String path = "/api/v1/backup-policies/" + policyId + "/restore-tests";
        TestHttp.Reply first = http.post(path).auth(operator(opd)).header("If-Match", seen).json(Map.of("testedOn",
                today, "durationMinutes", 20, "result", "PASSED")).send();
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertProblem(http.post(path).auth(operator(opd)).header("If-Match", seen).json(Map.of("testedOn", today,
                "durationMinutes", 25, "result", "FAILED")).send(), 412, "precondition-failed");
        assertThat(http.get(path).auth(operator(opd)).send().json().size()).isEqualTo(1);
    }
}
