package id.go.spbe.datacenter.custody;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.datacenter.regulation.DatacenterRegulation;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.application;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertProblem;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertRule;
import static id.go.spbe.datacenter.DatacenterTestSupport.auditor;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * D7 over the API, with the shipped Rejang Lebong profile the tests run on (custody-consent: REQUIRED, RL p20(2)):
 * Dinas records a restore test on an OPD's system, or retires its VPS, only under a consent of that OPD in force
 * today covering the action and the system; the OPD itself needs none.
 */
@DatacenterIntegrationTest
class CustodyIntegrationTest {

    static final String TOPIC = "spbe.datacenter.custody.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    DatacenterRegulation regulation;

    @Autowired
    CustodyExpiry expiry;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
        assertThat(regulation.custodyConsentRequired()).as("tests run on the RL profile").isTrue();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
    }

    String policy(String opd, String app) {
        TestHttp.Reply created = http.post("/api/v1/backup-policies").auth(operator(opd)).json(Map.of("systemKind",
                "APPLICATION", "systemId", app, "frequencyHours", 24, "retentionDays", 30, "rpoHours", 24,
                "offsiteCopy", true)).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    TestHttp.Reply grant(String opd, List<String> actions, Map<String, String> target, LocalDate from,
            LocalDate until) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("actions", actions);
        if (target == null) {
            form.put("allSystems", true);
        } else {
            form.put("targets", List.of(target));
        }
        form.put("validFrom", from.toString());
        form.put("validUntil", until.toString());
        form.put("letterNumber", "800/12/" + opd + "/2026");
        return http.post("/api/v1/custody-consents").auth(operator(opd)).json(form).send();
    }

    TestHttp.Reply restoreTestByDinas(String policyId) {
        return http.post("/api/v1/backup-policies/" + policyId + "/restore-tests").auth(admin()).json(Map.of(
                "testedOn", today().toString(), "durationMinutes", 30, "result", "PASSED")).send();
    }

    static void assertRefusedD7(TestHttp.Reply reply) {
        assertProblem(reply, 403, "forbidden");
        assertThat(reply.json().get("obligation").asString()).isEqualTo("D7");
    }

    @Test
    void d7DinasRecordsARestoreTestOnAnOpdsSystemOnlyUnderThatOpdsConsentInForce() {
        String opd = newOpdCode("DINKES");
        String other = newOpdCode("DISDIK");
        opd(mongo, opd, false);
        opd(mongo, other, false);
        String app = application(mongo, opd, "SIKDA");
        String policyId = policy(opd, app);
        Map<String, String> onApp = Map.of("kind", "APPLICATION", "id", app);

        assertRefusedD7(restoreTestByDinas(policyId)); // no consent at all
        assertThat(grant(other, List.of("RESTORE_TEST"), null, today(), today().plusDays(30)).status())
                .isEqualTo(201);
        assertRefusedD7(restoreTestByDinas(policyId)); // another OPD's consent does not count
        assertThat(grant(opd, List.of("DECOMMISSION_VPS"), onApp, today(), today().plusDays(30)).status())
                .isEqualTo(201);
        assertRefusedD7(restoreTestByDinas(policyId)); // the OPD's consent for another kind of action
        assertThat(grant(opd, List.of("RESTORE_TEST"), Map.of("kind", "APPLICATION", "id",
                application(mongo, opd, "SIMPUS")), today(), today().plusDays(30)).status()).isEqualTo(201);
        assertRefusedD7(restoreTestByDinas(policyId)); // ... for another of its systems
        assertThat(grant(opd, List.of("RESTORE_TEST"), onApp, today().plusDays(1), today().plusDays(30)).status())
                .isEqualTo(201);
        assertRefusedD7(restoreTestByDinas(policyId)); // ... not yet in force

        TestHttp.Reply granted = grant(opd, List.of("RESTORE_TEST", "DATASET_ACCESS"), onApp,
                today().minusDays(1), today().plusDays(30));
        assertThat(granted.status()).as(granted.text()).isEqualTo(201);
        String consentId = granted.json().get("id").asString();
        assertThat(granted.json().get("standing").asString()).isEqualTo("IN_FORCE");
        JsonNode event = published(TOPIC, consentId, "id.go.spbe.custody.consent-granted.v1");
        assertThat(event.get("data").get("opd").asString()).isEqualTo(opd);
        assertThat(event.get("data").get("targets").get(0).get("id").asString()).isEqualTo(app);
        TestHttp.Reply allowed = restoreTestByDinas(policyId);
        assertThat(allowed.status()).as(allowed.text()).isEqualTo(201);

        // Revoked: refused again. Stale If-Match 412, only the owner's operator revokes, twice 409.
        String path = "/api/v1/custody-consents/" + consentId + "/revoke";
        assertProblem(http.post(path).auth(operator(opd)).header("If-Match", "\"99\"")
                .json(Map.of("reason", "x")).send(), 412, "precondition-failed");
        assertProblem(http.post(path).auth(admin()).json(Map.of("reason", "x")).send(), 403, "forbidden");
        assertProblem(http.post(path).auth(operator(other)).json(Map.of("reason", "x")).send(), 404, "not-found");
        TestHttp.Reply revoked = http.post(path).auth(operator(opd)).header("If-Match", granted.header("ETag"))
                .json(Map.of("reason", "Uji pemulihan selesai")).send();
        assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
        assertThat(revoked.json().get("standing").asString()).isEqualTo("REVOKED");
        published(TOPIC, consentId, "id.go.spbe.custody.consent-revoked.v1");
        assertProblem(http.post(path).auth(operator(opd)).json(Map.of("reason", "lagi")).send(), 409,
                "state-conflict");
        assertRefusedD7(restoreTestByDinas(policyId));

        // The OPD acting on its own data needs no consent.
        TestHttp.Reply own = http.post("/api/v1/backup-policies/" + policyId + "/restore-tests").auth(operator(opd))
                .json(Map.of("testedOn", today().toString(), "durationMinutes", 20, "result", "PASSED")).send();
        assertThat(own.status()).as(own.text()).isEqualTo(201);

        JsonNode history = http.get("/api/v1/custody-consents?opd=" + opd + "&size=2").auth(operator(opd)).send()
                .json();
        assertThat(history.get("totalItems").asLong()).isEqualTo(4); // revoked consents stay in the history
        assertThat(history.get("items")).hasSize(2);
        assertThat(http.get("/api/v1/custody-consents?opd=" + opd).auth(operator(other)).send().status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/custody-consents/" + consentId + "/history").auth(auditor()).send().text())
                .contains("id.go.spbe.custody.consent-revoked.v1");
    }

    @Test
    void d7AConsentThatLapsedCoversNothingAndDinasRetiresAVpsOnlyUnderOne() {
        String opd = newOpdCode("DISHUB");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SITRANS");
        String vps = http.post("/api/v1/vps-requests").auth(operator(opd)).json(Map.of("applicationId", app,
                "vcpu", 1, "ramGib", 1, "diskGib", 10, "osImage", "debian-12", "purpose", "SITRANS")).send().json()
                .get("id").asString();
        assertThat(http.post("/api/v1/vps-requests/" + vps + "/approve").auth(admin()).json(Map.of()).send()
                .status()).isEqualTo(200);
        String retire = "/api/v1/vps-requests/" + vps + "/decommission";
        assertRefusedD7(http.post(retire).auth(admin()).json(Map.of("reason", "Tidak dipakai")).send());

        TestHttp.Reply granted = grant(opd, List.of("DECOMMISSION_VPS"), Map.of("kind", "VPS", "id", vps),
                today(), today().plusDays(1));
        assertThat(granted.status()).as(granted.text()).isEqualTo(201);
        String lapsed = granted.json().get("id").asString();
        clock.advance(Duration.ofDays(3));
        // Refused as soon as the period is over, before the expiry pass has run.
        assertRefusedD7(http.post(retire).auth(admin()).json(Map.of("reason", "Tidak dipakai")).send());
        assertThat(http.get("/api/v1/custody-consents/" + lapsed).auth(operator(opd)).send().json().get("standing")
                .asString()).isEqualTo("EXPIRED");
        // The pass marks it EXPIRED and publishes the expiry once: a second pass finds nothing.
        assertThat(expiry.expire()).isPositive();
        assertThat(expiry.expire()).isZero();
        JsonNode expired = published(TOPIC, lapsed, "id.go.spbe.custody.consent-expired.v1");
        assertThat(expired.get("data").get("validUntil").asString()).isEqualTo(today().minusDays(2).toString());
        assertThat(http.get("/api/v1/custody-consents/" + lapsed).auth(operator(opd)).send().json().get("status")
                .asString()).isEqualTo("EXPIRED");
        assertProblem(http.post("/api/v1/custody-consents/" + lapsed + "/revoke").auth(operator(opd))
                .json(Map.of("reason", "x")).send(), 409, "state-conflict");

        assertThat(grant(opd, List.of("DECOMMISSION_VPS"), null, today(), today().plusDays(7)).status())
                .isEqualTo(201);
        TestHttp.Reply retired = http.post(retire).auth(admin()).json(Map.of("reason", "Tidak dipakai")).send();
        assertThat(retired.status()).as(retired.text()).isEqualTo(200);
        assertThat(retired.json().get("status").asString()).isEqualTo("DECOMMISSIONED");
    }

    @Test
    void d7AConsentCoversOnlyTheOpdsOwnSystemsForAPeriodThatHasNotEnded() {
        String opd = newOpdCode("BAPPEDA");
        String other = newOpdCode("DPMPTSP");
        opd(mongo, opd, false);
        opd(mongo, other, false);
        String othersApp = application(mongo, other, "SIPERIZINAN");
        assertRule(grant(opd, List.of("RESTORE_TEST"), Map.of("kind", "APPLICATION", "id", othersApp), today(),
                today().plusDays(5)), "D7");
        assertRule(grant(opd, List.of("RESTORE_TEST"), Map.of("kind", "DATASET", "id", "tidak-ada"), today(),
                today().plusDays(5)), "D7");
        assertRule(grant(opd, List.of("RESTORE_TEST"), null, today(), today().minusDays(1)), "D7");
        assertRule(grant(opd, List.of("RESTORE_TEST"), null, today().minusDays(9), today().minusDays(2)), "D7");
        Map<String, Object> noScope = Map.of("actions", List.of("RESTORE_TEST"), "validFrom", today().toString(),
                "validUntil", today().plusDays(5).toString());
        assertRule(http.post("/api/v1/custody-consents").auth(operator(opd)).json(noScope).send(), "D7");
        TestHttp.Reply unknownAction = http.post("/api/v1/custody-consents").auth(operator(opd)).json(Map.of(
                "actions", List.of("FORMAT_DISK"), "allSystems", true, "validFrom", today().toString(),
                "validUntil", today().plusDays(5).toString())).send();
        assertThat(unknownAction.status()).as(unknownAction.text()).isEqualTo(400);
        assertProblem(http.post("/api/v1/custody-consents").auth(admin()).json(Map.of("actions",
                List.of("RESTORE_TEST"), "allSystems", true, "validFrom", today().toString(), "validUntil",
                today().plusDays(5).toString())).send(), 403, "forbidden");
    }
}
