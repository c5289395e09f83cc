package id.go.spbe.appregistry.opd;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static id.go.spbe.appregistry.opd.OpdApi.TOPIC;
import static id.go.spbe.appregistry.opd.OpdApi.coordinator;
import static id.go.spbe.appregistry.opd.OpdApi.newCode;
import static id.go.spbe.appregistry.opd.OpdApi.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * G3 (decision part): Mandiri TIK decrees recorded on the OPD, checked against the regulation profile (the test
 * profile is Rejang Lebong: the Bupati decides, RL p52(4) criteria), published for every service's OPD read model.
 */
@SpbeIntegrationTest
class MandiriTikDecisionIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    TestHttp http;
    OpdApi opds;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        opds = new OpdApi(http);
    }

    static Map<String, Object> decree(boolean designated, String number, LocalDate date) {
        return new HashMap<>(Map.of("designated", designated, "decreeNumber", number, "decreeDate", date.toString(),
                "decidedBy", "BUPATI"));
    }

    static String path(String code) {
        return "/api/v1/opds/" + code + "/mandiri-tik-decisions";
    }

    TestHttp.Reply decide(String token, String code, Object body) {
        return http.post(path(code)).auth(token).json(body).send();
    }

    static void assertRule(TestHttp.Reply reply, String obligation) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("obligation").asString()).isEqualTo(obligation);
    }

    boolean mandiriTik(String code) {
        return http.get("/api/v1/opds/" + code).auth(admin()).send().json().get("mandiriTik").asBoolean();
    }

    @Test
    void g3ADesignationByDecreeMakesTheOpdMandiriTikAndIsPublished() {
        String code = opds.registered("DISHUB");
        Map<String, Object> body = decree(true, "188.45/123/2026", today().minusDays(3));
        body.put("assessmentReference", "monev-assessment-42");
        body.put("criteriaMet", List.of("HAS_ICT_STAFF", "ICT_BUDGET", "OWNS_SERVERS"));
        body.put("notes", "Berdasarkan usulan Dinas Kominfo.");
        TestHttp.Reply created = decide(admin(), code, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(path(code) + "/1");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode decision = created.json();
        assertThat(decision.get("sequence").asInt()).isEqualTo(1);
        assertThat(decision.get("decidedBy").asString()).isEqualTo("BUPATI");
        assertThat(decision.get("recordedBy").asString()).isEqualTo("admin.dinas");
        assertThat(mandiriTik(code)).isTrue();
        JsonNode listed = http.get("/api/v1/opds?mandiriTik=true&q=" + code).auth(operator("DINKES")).send().json();
        assertThat(listed.get("items").valueStream().map(o -> o.get("code").asString())).containsExactly(code);

        ConsumerRecord<String, String> record = TestKafka.await(TOPIC,
                r -> code.equals(r.key()) && r.value().contains("mandiri-tik-designated"), Duration.ofSeconds(20));
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("type").asString()).isEqualTo("id.go.spbe.opd.mandiri-tik-designated.v1");
        assertThat(event.get("opd").asString()).isEqualTo(code);
        JsonNode data = event.get("data");
        // What every service's OPD read model reads.
        assertThat(data.get("code").asString()).isEqualTo(code);
        assertThat(data.get("name").asString()).isEqualTo("Badan " + code);
        assertThat(data.get("mandiriTik").asBoolean()).isTrue();
        assertThat(data.get("dinas").asBoolean()).isFalse();
        assertThat(data.get("active").asBoolean()).isTrue();
        assertThat(data.get("decreeNumber").asString()).isEqualTo("188.45/123/2026");
        assertThat(data.get("decreeDate").asString()).isEqualTo(today().minusDays(3).toString());
        assertThat(data.get("assessmentReference").asString()).isEqualTo("monev-assessment-42");
        assertThat(data.get("criteriaMet").valueStream().map(JsonNode::asString))
                .containsExactly("HAS_ICT_STAFF", "ICT_BUDGET", "OWNS_SERVERS");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-mandiri-tik-designated.v1"),
                data.toString());

        JsonNode history = http.get("/api/v1/opds/" + code + "/history").auth(auditor()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").get(1).get("action").asString())
                .isEqualTo("id.go.spbe.opd.mandiri-tik-designated.v1");
        assertThat(history.get("entries").get(1).get("data").asString()).contains("188.45/123/2026");
    }

    @Test
    void g3TheStatusFollowsTheLatestDecisionAndEveryoneMayReadTheDecisions() {
        String code = opds.registered("DISHUB");
        assertThat(decide(admin(), code, decree(true, "188.45/1/2026", today().minusDays(30))).status())
                .isEqualTo(201);
        TestHttp.Reply revoked = decide(coordinator(), code, decree(false, "188.45/2/2026", today()));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(201);
        assertThat(revoked.json().get("recordedBy").asString()).isEqualTo("koordinator");
        assertThat(mandiriTik(code)).isFalse();

        TestHttp.Reply list = http.get(path(code)).auth(operator("DISDIK")).send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().valueStream().map(d -> d.get("decreeNumber").asString()))
                .containsExactly("188.45/1/2026", "188.45/2/2026");
        assertThat(list.json().get(1).get("designated").asBoolean()).isFalse();
        JsonNode first = http.get(path(code) + "/1").auth(OpdApi.tier1Agent("DINKES")).send().json();
        assertThat(first.get("designated").asBoolean()).isTrue();

        List<ConsumerRecord<String, String>> events = TestKafka.awaitAll(TOPIC,
                r -> code.equals(r.key()) && r.value().contains("mandiri-tik-designated"), 2, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> JSON.readTree(r.value()).get("data").get("mandiriTik").asBoolean())
                .containsExactly(true, false);
    }

    @Test
    void g3TheDecisionMustComeFromTheRoleTheRegulationNames() {
        String code = opds.registered("DISHUB");
        Map<String, Object> bySekda = decree(true, "188.45/3/2026", today());
        bySekda.put("decidedBy", "SEKDA");
        TestHttp.Reply refused = decide(admin(), code, bySekda);
        assertRule(refused, "G3");
        assertThat(refused.json().get("detail").asString()).contains("BUPATI", "Rejang Lebong");
        assertThat(mandiriTik(code)).isFalse();

        Map<String, Object> lowerCase = decree(true, "188.45/3/2026", today());
        lowerCase.put("decidedBy", "bupati");
        TestHttp.Reply accepted = decide(admin(), code, lowerCase);
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("decidedBy").asString()).isEqualTo("BUPATI");
    }

    @Test
    void g3OnlyTheRegulationsCriteriaMayBeCited() {
        String code = opds.registered("DISHUB");
        Map<String, Object> body = decree(true, "188.45/4/2026", today());
        // BUILDS_APPS_OR_LAN is Bitung's criterion (BT p47(4)(b)), not Rejang Lebong's.
        body.put("criteriaMet", List.of("HAS_ICT_STAFF", "BUILDS_APPS_OR_LAN"));
        TestHttp.Reply refused = decide(admin(), code, body);
        assertRule(refused, "G3");
        assertThat(refused.json().get("detail").asString()).contains("BUILDS_APPS_OR_LAN");
        assertThat(http.get(path(code)).auth(admin()).send().json()).isEmpty();
    }

    @Test
    void g3DinasItselfCannotBeDesignated() {
        assertRule(decide(admin(), "DISKOMINFO", decree(true, "188.45/5/2026", today())), "G3");
        assertThat(mandiriTik("DISKOMINFO")).isFalse();
    }

    @Test
    void g3ADecreeIsNotDatedInTheFutureNorBeforeTheDecreeItReplaces() {
        String code = opds.registered("DISHUB");
        assertRule(decide(admin(), code, decree(true, "188.45/6/2026", today().plusDays(2))), "G3");
        assertThat(decide(admin(), code, decree(true, "188.45/7/2026", today().minusDays(1))).status())
                .isEqualTo(201);
        assertRule(decide(admin(), code, decree(false, "188.45/8/2026", today().minusDays(10))), "G3");
        assertThat(mandiriTik(code)).isTrue();
    }

    @Test
    void g3ADecreeIsRecordedOnlyOnce() {
        String code = opds.registered("DISHUB");
        assertThat(decide(admin(), code, decree(true, "188.45/9/2026", today())).status()).isEqualTo(201);
        TestHttp.Reply again = decide(admin(), code, decree(true, "188.45/9/2026", today()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(http.get(path(code)).auth(admin()).send().json()).hasSize(1);
    }

    @Test
    void g3MandiriTikChangesOnlyByDecreeNeverThroughThePlainOpdUpdate() {
        String code = opds.registered("DISHUB");
        TestHttp.Reply edit = http.put("/api/v1/opds/" + code).auth(admin()).json(Map.of("name", "Dinas Perhubungan",
                "kind", "DINAS", "dinas", false, "active", true, "mandiriTik", true)).send();
        assertRule(edit, "G3");
        assertThat(mandiriTik(code)).isFalse();
        // Echoing the current status back (as a client that sends what it read) is fine.
        TestHttp.Reply echo = http.put("/api/v1/opds/" + code).auth(admin()).json(Map.of("name", "Dinas Perhubungan",
                "kind", "DINAS", "dinas", false, "active", true, "mandiriTik", false)).send();
        assertThat(echo.status()).as(echo.toString()).isEqualTo(200);
        assertRule(http.post("/api/v1/opds").auth(admin()).json(Map.of("code", newCode("DINAS"), "name", "X",
                "kind", "DINAS", "dinas", false, "mandiriTik", true)).send(), "G3");
    }

    @Test
    void g3OnlyDinasAdminsAndTheCoordinationBodyRecordDecisions() {
        String code = opds.registered("DISHUB");
        Map<String, Object> body = decree(true, "188.45/10/2026", today());
        TestHttp.Reply byOperator = decide(operator(code), code, body);
        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(byOperator.contentType()).startsWith("application/problem+json");
        assertThat(decide(operator("DINKES"), code, body).status()).isEqualTo(403);
        assertThat(decide(auditor(), code, body).status()).isEqualTo(403);
        assertThat(http.post(path(code)).json(body).send().status()).isEqualTo(401);
        assertThat(http.get(path(code)).send().status()).isEqualTo(401);
        assertThat(mandiriTik(code)).isFalse();
    }

    @Test
    void g3BadDecisionInputIsRefusedWithoutAServerError() {
        String code = opds.registered("DISHUB");
        assertThat(decide(admin(), code, "{\"designated\": tru").status()).isEqualTo(400);

        Map<String, Object> noNumber = decree(true, "x", today());
        noNumber.remove("decreeNumber");
        TestHttp.Reply missing = decide(admin(), code, noNumber);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("decreeNumber");
        Map<String, Object> noDecision = decree(true, "188.45/11/2026", today());
        noDecision.remove("designated");
        assertThat(decide(admin(), code, noDecision).status()).isEqualTo(400);

        Map<String, Object> wrongDate = decree(true, "188.45/11/2026", today());
        wrongDate.put("decreeDate", "31-12-2025");
        assertThat(decide(admin(), code, wrongDate).status()).isEqualTo(400);
        Map<String, Object> criteriaNotAList = decree(true, "188.45/11/2026", today());
        criteriaNotAList.put("criteriaMet", Map.of("a", "HAS_ICT_STAFF"));
        assertThat(decide(admin(), code, criteriaNotAList).status()).isEqualTo(400);
        Map<String, Object> blankCriterion = decree(true, "188.45/11/2026", today());
        blankCriterion.put("criteriaMet", List.of(" "));
        assertThat(decide(admin(), code, blankCriterion).status()).isEqualTo(400);

        TestHttp.Reply stale = http.post(path(code)).auth(admin()).header("If-Match", "\"5\"")
                .json(decree(true, "188.45/11/2026", today())).send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(http.post(path(code)).auth(admin()).header("If-Match", "\"0\"")
                .json(decree(true, "188.45/11/2026", today())).send().status()).isEqualTo(201);

        String unknown = newCode("NONE");
        assertThat(decide(admin(), unknown, decree(true, "188.45/12/2026", today())).status()).isEqualTo(404);
        assertThat(http.get(path(unknown)).auth(admin()).send().status()).isEqualTo(404);
        assertThat(http.get(path(code) + "/7").auth(admin()).send().status()).isEqualTo(404);
        assertThat(http.get(path(code) + "/pertama").auth(admin()).send().status()).isEqualTo(400);
    }
}
