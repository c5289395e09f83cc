package id.go.spbe.audit.assessment;

import id.go.spbe.audit.assessment.domain.SecurityAssessmentEvents;
import id.go.spbe.audit.support.AuditEvents;
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

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Security assessments per OPD by Dinas (AU8) through the API: findings reach the service desk as
 * {@code security-assessment.finding-opened} (checked against this module's schema), the assessed OPD sees and
 * resolves its own, every endpoint × role × own/other OPD (authorisation matrix), and bad input is a clear 4xx.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class SecurityAssessmentIntegrationTest {

    static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();
    static final String BASE = "/api/v1/security-assessments";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    TestHttp http;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        AuditEvents.opdRegistered("DINKES");
        AuditEvents.opdRegistered("DISDIK");
    }

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISDIK", org.bson.Document.class,
                "opd_references") != null);
    }

    static String dinas() {
        return ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
    }

    static String operator(String opd) {
        return ISSUER.user("operator." + opd.toLowerCase()).opd(opd).roles("OPD_OPERATOR").bearer();
    }

    LocalDate today() {
        return clock.instant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
    }

    Map<String, Object> assessment() {
        return Map.of("opd", "DINKES", "type", "VULNERABILITY_ASSESSMENT", "title", "Asesmen kerentanan SIMPUS",
                "scope", "Server dan jaringan SIMPUS", "objectId", "lan:DINKES", "plannedOn", today().toString());
    }

    Map<String, Object> finding() {
        return Map.of("title", "TLS 1.0 masih aktif", "severity", "HIGH", "recommendation", "Matikan TLS 1.0",
                "dueDate", today().plusDays(30).toString());
    }

    JsonNode created() {
        TestHttp.Reply reply = http.post(BASE).auth(dinas()).json(assessment()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    JsonNode post(String path, Object body, String token) {
        TestHttp.Reply reply = http.post(path).auth(token).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void au8DinasAssessesAnOpdAndItsFindingsGoToTheServiceDeskAndToTheOpd() {
        String id = created().get("id").asString();
        JsonNode withFinding = post(BASE + "/" + id + "/findings", finding(), dinas());
        String findingId = withFinding.get("findings").get(0).get("id").asString();
        assertThat(withFinding.get("openFindings").asInt()).isEqualTo(1);

        JsonNode opened = AuditEvents.published(SecurityAssessmentEvents.TOPIC,
                "id.go.spbe.security-assessment.finding-opened.v1", id, 1).get(0);
        assertThat(opened.get("source").asString()).isEqualTo("SECURITY_ASSESSMENT");
        assertThat(opened.get("ownerOpd").asString()).isEqualTo("DINKES");
        assertThat(opened.get("findingId").asString()).isEqualTo(findingId);
        AuditEvents.published(SecurityAssessmentEvents.TOPIC, "id.go.spbe.security-assessment.planned.v1", id, 1);

        TestHttp.Reply list = http.get(BASE + "?status=PLANNED&size=200").auth(operator("DINKES")).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("items").valueStream().map(i -> i.get("id").asString())).contains(id);
        assertThat(http.get(BASE + "?size=200").auth(operator("DISDIK")).send().json().get("items").valueStream()
                .map(i -> i.get("id").asString())).doesNotContain(id);

        JsonNode resolved = post(BASE + "/" + id + "/findings/" + findingId + "/resolve",
                Map.of("resolution", "TLS 1.0 dan 1.1 dimatikan"), operator("DINKES"));
        assertThat(resolved.get("findings").get(0).get("resolved").asBoolean()).isTrue();
        assertThat(AuditEvents.published(SecurityAssessmentEvents.TOPIC,
                "id.go.spbe.security-assessment.finding-resolved.v1", id, 1).get(0).get("late").asBoolean())
                .isFalse();

        JsonNode done = post(BASE + "/" + id + "/complete", Map.of("completedOn", today().toString(), "summary",
                "Satu kerentanan tinggi, sudah diperbaiki"), dinas());
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        AuditEvents.published(SecurityAssessmentEvents.TOPIC, "id.go.spbe.security-assessment.completed.v1", id, 1);
        TestHttp.Reply history = http.get(BASE + "/" + id + "/history").auth(operator("DINKES")).send();
        assertThat(history.json().get("intact").asBoolean()).isTrue();
        assertThat(history.json().get("entries")).hasSize(4);

        String other = created().get("id").asString();
        post(BASE + "/" + other + "/cancel", Map.of("reason", "OPD pindah kantor"), dinas());
        AuditEvents.published(SecurityAssessmentEvents.TOPIC, "id.go.spbe.security-assessment.cancelled.v1", other,
                1);
    }

    /** Expected status per caller, in this order: dinas, coordinator, auditor, own operator, other operator,
     * integration (own OPD), evaluator, anonymous. */
    static Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("dinas", dinas());
        callers.put("coordinator", ISSUER.user("koordinator").roles("COORDINATOR").bearer());
        callers.put("auditor", ISSUER.user("auditor").roles("AUDITOR").bearer());
        callers.put("own", operator("DINKES"));
        callers.put("other", operator("DISDIK"));
        callers.put("integration", ISSUER.user("svc-dinkes").opd("DINKES").roles("INTEGRATION").bearer());
        callers.put("evaluator", ISSUER.user("evaluator").roles("EVALUATOR").bearer());
        callers.put("anonymous", null);
        return callers;
    }

    void expect(List<String> wrong, String method, String path, Object body, int... statuses) {
        int i = 0;
        for (Map.Entry<String, String> caller : callers().entrySet()) {
            TestHttp.Call call = method.equals("GET") ? http.get(path) : http.post(path).json(body);
            TestHttp.Reply reply = call.auth(caller.getValue()).send();
            if (reply.status() != statuses[i]) {
                wrong.add(method + " " + path + " " + caller.getKey() + ": " + reply.status() + " instead of "
                        + statuses[i] + " " + reply);
            }
            i++;
        }
    }

    @Test
    void au8AuthorisationMatrix() {
        List<String> wrong = new ArrayList<>();
        //                                            dinas coord aud  own  other intg eval anon
        expect(wrong, "POST", BASE, assessment(), 201, 403, 403, 403, 403, 403, 403, 401);
        String id = created().get("id").asString();
        String one = BASE + "/" + id;
        expect(wrong, "GET", BASE, null, 200, 200, 200, 200, 200, 403, 403, 401);
        expect(wrong, "GET", one, null, 200, 200, 200, 200, 404, 403, 403, 401);
        expect(wrong, "GET", one + "/history", null, 200, 200, 200, 200, 404, 403, 403, 401);
        expect(wrong, "POST", one + "/findings", finding(), 200, 403, 403, 403, 403, 403, 403, 401);
        post(one + "/findings", finding(), dinas());
        JsonNode findings = http.get(one).auth(dinas()).send().json().get("findings");
        String first = findings.get(0).get("id").asString();
        String second = findings.get(1).get("id").asString();
        Map<String, String> how = Map.of("resolution", "diperbaiki");
        //                 resolve: only the assessed OPD's operator and Dinas; each finding once
        expect(wrong, "POST", one + "/findings/" + first + "/resolve", how, 200, 403, 403, 409, 404, 403, 403, 401);
        expect(wrong, "POST", one + "/findings/" + second + "/resolve", how, 200, 403, 403, 409, 404, 403, 403,
                401);
        Map<String, String> completion = Map.of("completedOn", today().toString(), "summary", "selesai");
        expect(wrong, "POST", one + "/complete", completion, 200, 403, 403, 403, 403, 403, 403, 401);
        String other = BASE + "/" + created().get("id").asString();
        expect(wrong, "POST", other + "/cancel", Map.of("reason", "batal"), 200, 403, 403, 403, 403, 403, 403, 401);
        assertThat(wrong).isEmpty();
    }

    @Test
    void au8BadInputIsAClearProblemNeverA5xx() {
        List<String> wrong = new ArrayList<>();
        String one = BASE + "/" + created().get("id").asString();
        Map<String, Object> valid = assessment();
        check(wrong, "malformed", http.post(BASE).auth(dinas()).body("application/json", "{\"opd\":"), 400, null);
        check(wrong, "wrong media type", http.post(BASE).auth(dinas()).body("text/plain", "x"), 415, null);
        check(wrong, "missing opd", http.post(BASE).auth(dinas()).json(without(valid, "opd")), 400, "opd");
        check(wrong, "bad opd", http.post(BASE).auth(dinas()).json(with(valid, "opd", "dinkes")), 400, "opd");
        check(wrong, "unknown type", http.post(BASE).auth(dinas()).json(with(valid, "type", "DUKUN")), 400, "type");
        check(wrong, "blank title", http.post(BASE).auth(dinas()).json(with(valid, "title", " ")), 400, "title");
        check(wrong, "bad date", http.post(BASE).auth(dinas()).json(with(valid, "plannedOn", "besok")), 400,
                "plannedOn");
        check(wrong, "unknown OPD", http.post(BASE).auth(dinas()).json(with(valid, "opd", "ATLANTIS")), 422, "G1");
        check(wrong, "finding without severity", http.post(one + "/findings").auth(dinas())
                .json(without(finding(), "severity")), 400, "severity");
        check(wrong, "finding due yesterday", http.post(one + "/findings").auth(dinas())
                .json(with(finding(), "dueDate", today().minusDays(1).toString())), 422, "AU8");
        check(wrong, "stale If-Match", http.post(one + "/findings").auth(dinas()).header("If-Match", "\"42\"")
                .json(finding()), 412, null);
        check(wrong, "unknown finding", http.post(one + "/findings/nope/resolve").auth(dinas())
                .json(Map.of("resolution", "x")), 404, null);
        check(wrong, "completed tomorrow", http.post(one + "/complete").auth(dinas())
                .json(Map.of("completedOn", today().plusDays(1).toString(), "summary", "s")), 422, "AU8");
        check(wrong, "complete without summary", http.post(one + "/complete").auth(dinas())
                .json(Map.of("completedOn", today().toString())), 400, "summary");
        check(wrong, "cancel without reason", http.post(one + "/cancel").auth(dinas()).json(Map.of()), 400,
                "reason");
        post(one + "/cancel", Map.of("reason", "batal"), dinas());
        check(wrong, "cancel twice", http.post(one + "/cancel").auth(dinas()).json(Map.of("reason", "lagi")), 409,
                null);
        check(wrong, "finding on a cancelled one", http.post(one + "/findings").auth(dinas()).json(finding()), 409,
                null);
        check(wrong, "unknown id", http.get(BASE + "/nope").auth(dinas()), 404, null);
        check(wrong, "page too large", http.get(BASE + "?size=500").auth(dinas()), 400, "size");
        check(wrong, "unknown sort", http.get(BASE + "?sort=secret").auth(dinas()), 400, "sort");
        check(wrong, "list of an unknown OPD", http.get(BASE + "?opd=ATLANTIS").auth(dinas()), 422, "G1");
        check(wrong, "list of another OPD", http.get(BASE + "?opd=DISDIK").auth(operator("DINKES")), 403, null);
        TestHttp.Reply badStatus = http.get(BASE + "?status=GAIB").auth(dinas()).send();
        if (badStatus.status() != 400 || !badStatus.json().path("detail").asString().contains("'status'")) {
            wrong.add("unknown status filter: " + badStatus);
        }
        assertThat(wrong).isEmpty();
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> base, String key) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.remove(key);
        return copy;
    }

    static void check(List<String> wrong, String label, TestHttp.Call call, int status, String fieldOrObligation) {
        TestHttp.Reply reply = call.send();
        if (reply.status() != status) {
            wrong.add(label + ": " + reply.status() + " instead of " + status + " " + reply);
            return;
        }
        if (!reply.contentType().startsWith("application/problem+json")) {
            wrong.add(label + ": not a problem " + reply);
            return;
        }
        if (fieldOrObligation != null) {
            boolean named = status == 422 ? reply.json().path("obligation").asString().equals(fieldOrObligation)
                    : reply.text().contains("\"" + fieldOrObligation);
            if (!named) {
                wrong.add(label + ": does not name " + fieldOrObligation + " " + reply);
            }
        }
    }
}
