package id.go.spbe.monev.mandiritik;

import id.go.spbe.monev.MonevTestSupport;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.monev.MonevTestSupport.DINAS;
import static id.go.spbe.monev.MonevTestSupport.auditor;
import static id.go.spbe.monev.MonevTestSupport.coordinator;
import static id.go.spbe.monev.MonevTestSupport.dinas;
import static id.go.spbe.monev.MonevTestSupport.directoryKnows;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * G3 over HTTP and Kafka, profile Kota Bitung (two criteria, decided by the Sekda, BT p47): Dinas assesses, a pass
 * becomes a proposal, app-registry's real decree event closes it; failures keep their reasons; OPD scoping.
 */
@SpbeIntegrationTest
class MandiriTikAssessmentIntegrationTest {

    static final String BASE = "/api/v1/mandiri-tik-assessments";
    static final String TOPIC = "spbe.monev.mandiri-tik.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directoryKnowsTheOpds(mongo);
    }

    static Map<String, Object> met(String code) {
        return Map.of("code", code, "verdict", "MET", "evidenceDocumentIds", List.of("doc-" + code.toLowerCase()));
    }

    static Map<String, Object> notMet(String code, String reason) {
        return Map.of("code", code, "verdict", "NOT_MET", "reason", reason);
    }

    TestHttp.Reply assess(String opd, List<Map<String, Object>> criteria) {
        return http.post(BASE).auth(dinas()).json(Map.of("opd", opd, "criteria", criteria)).send();
    }

    /** OpdMandiriTikDesignated exactly as app-registry publishes it, checked against app-registry's own schema. */
    static void decree(String opd, boolean designated, String number, String assessmentReference) {
        String data = """
                {"eventId":"%s","occurredAt":"2026-06-20T03:00:00Z","code":"%s","name":"%s","kind":"DINAS",
                 "dinas":false,"mandiriTik":%s,"active":true,"parentCode":null,"sequence":1,"designated":%s,
                 "decreeNumber":"%s","decreeDate":"2026-06-19","decidedBy":"SEKDA","assessmentReference":%s,
                 "criteriaMet":["HAS_ICT_STAFF","BUILDS_APPS_OR_LAN"],"notes":null}"""
                .formatted(UUID.randomUUID(), opd, opd, designated, designated, number,
                        assessmentReference == null ? "null" : "\"" + assessmentReference + "\"");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-mandiri-tik-designated.v1"),
                data);
        TestKafka.send("spbe.app-registry.opd.v1", opd, """
                {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service",
                 "type":"id.go.spbe.opd.mandiri-tik-designated.v1","subject":"%s","time":"2026-06-20T03:00:00Z",
                 "opd":"%s","data":%s}""".formatted(UUID.randomUUID(), opd, opd, data));
    }

    String status(String id) {
        return http.get(BASE + "/" + id).auth(dinas()).send().json().get("status").asString();
    }

    @Test
    void theCriteriaComeFromTheProfile_G3() {
        JsonNode criteria = http.get(BASE + "/criteria").auth(operator("DINKES")).send().json();
        assertThat(criteria.get("decidedBy").asString()).isEqualTo("SEKDA");
        assertThat(criteria.get("criteria").valueStream().map(JsonNode::asString).toList())
                .containsExactly("HAS_ICT_STAFF", "BUILDS_APPS_OR_LAN");
    }

    @Test
    void aPassingAssessmentIsProposedToTheSekdaAndTheDecreeFromAppRegistryClosesIt_G3() {
        String opd = "DISDIK";
        directoryKnows(mongo, opd);
        TestHttp.Reply created = assess(opd, List.of(met("BUILDS_APPS_OR_LAN"), met("HAS_ICT_STAFF")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(created.header("Location")).endsWith(BASE + "/" + id);
        assertThat(body.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(body.get("proposedTo").asString()).isEqualTo("SEKDA");
        assertThat(body.get("criteria").valueStream().map(c -> c.get("code").asString()).toList())
                .containsExactly("HAS_ICT_STAFF", "BUILDS_APPS_OR_LAN");

        JsonNode assessed = MonevTestSupport.event(TOPIC, id, ".assessed.v1", "mandiri-tik-assessed.v1", d -> true);
        assertThat(assessed.get("opd").asString()).isEqualTo(opd);
        assertThat(assessed.get("data").get("passed").asBoolean()).isTrue();
        JsonNode proposed = MonevTestSupport.event(TOPIC, id, ".proposed.v1", "mandiri-tik-proposed.v1", d -> true);
        assertThat(proposed.get("data").get("proposedTo").asString()).isEqualTo("SEKDA");

        // A second assessment while the decree is pending is a conflict.
        assertThat(assess(opd, List.of(met("HAS_ICT_STAFF"), met("BUILDS_APPS_OR_LAN"))).status()).isEqualTo(409);

        // The decision is app-registry's; its event closes the proposal, and a redelivery changes nothing.
        decree(opd, true, "188.45/123/2026", id);
        decree(opd, true, "188.45/123/2026", id);
        await().atMost(Duration.ofSeconds(30)).until(() -> status(id).equals("DESIGNATED"));
        JsonNode closed = MonevTestSupport.event(TOPIC, id, ".proposal-closed.v1", "mandiri-tik-proposal-closed.v1",
                d -> true);
        assertThat(closed.get("data").get("outcome").asString()).isEqualTo("DESIGNATED");
        assertThat(closed.get("data").get("decreeNumber").asString()).isEqualTo("188.45/123/2026");
        JsonNode read = http.get(BASE + "/" + id).auth(operator(opd)).send().json();
        assertThat(read.get("decidedBy").asString()).isEqualTo("SEKDA");
        assertThat(read.get("decreeDate").asString()).isEqualTo("2026-06-19");

        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(BASE + "/" + id + "/history").auth(auditor())
                .send().json().get("entries").size() == 3);
        JsonNode history = http.get(BASE + "/" + id + "/history").auth(auditor()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();

        // Now Mandiri TIK in the directory: no new assessment.
        await().atMost(Duration.ofSeconds(30)).until(() -> assess(opd, List.of(met("HAS_ICT_STAFF"),
                met("BUILDS_APPS_OR_LAN"))).status() == 422);
    }

    @Test
    void aDecreeWithoutReferenceClosesTheOpdsOpenProposalAndARefusalIsRecorded_G3() {
        String opd = "DISHUB";
        directoryKnows(mongo, opd);
        String id = assess(opd, List.of(met("HAS_ICT_STAFF"), met("BUILDS_APPS_OR_LAN"))).json().get("id").asString();
        decree(opd, false, "188.45/200/2026", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> status(id).equals("REFUSED"));
        // Refused: the OPD may be assessed again.
        assertThat(assess(opd, List.of(met("HAS_ICT_STAFF"), notMet("BUILDS_APPS_OR_LAN", "LAN belum ada")))
                .status()).isEqualTo(201);
    }

    @Test
    void failingCriteriaGiveNotPassedWithTheReasonsAndNoProposal_G3() {
        String opd = "DISPAR";
        directoryKnows(mongo, opd);
        TestHttp.Reply reply = assess(opd, List.of(met("HAS_ICT_STAFF"),
                notMet("BUILDS_APPS_OR_LAN", "Belum membangun aplikasi maupun LAN sendiri")));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.get("status").asString()).isEqualTo("NOT_PASSED");
        assertThat(body.get("proposedTo").isNull()).isTrue();
        assertThat(body.get("reasons").valueStream().map(JsonNode::asString).toList())
                .containsExactly("BUILDS_APPS_OR_LAN: Belum membangun aplikasi maupun LAN sendiri");
        String id = body.get("id").asString();
        JsonNode assessed = MonevTestSupport.event(TOPIC, id, ".assessed.v1", "mandiri-tik-assessed.v1", d -> true);
        assertThat(assessed.get("data").get("passed").asBoolean()).isFalse();
        assertThat(http.post(BASE + "/" + id + "/withdraw").auth(dinas()).json(Map.of("note", "x")).send().status())
                .as("only a proposal can be withdrawn").isEqualTo(409);
    }

    @Test
    void incompleteAssessmentsAreRefusedNamingEveryProblem_G3() {
        TestHttp.Reply missing = assess("DINKES", List.of(
                Map.of("code", "HAS_ICT_STAFF", "verdict", "MET", "evidenceDocumentIds", List.of())));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("obligation").asString()).isEqualTo("G3");
        assertThat(missing.text()).contains("HAS_ICT_STAFF dinyatakan terpenuhi tanpa dokumen bukti")
                .contains("BUILDS_APPS_OR_LAN belum dinilai");
        TestHttp.Reply ownDinas = assess(DINAS, List.of(met("HAS_ICT_STAFF"), met("BUILDS_APPS_OR_LAN")));
        assertThat(ownDinas.status()).isEqualTo(422);
        assertThat(ownDinas.json().get("obligation").asString()).isEqualTo("G3");
        TestHttp.Reply unknown = assess("TIDAK-ADA", List.of(met("HAS_ICT_STAFF"), met("BUILDS_APPS_OR_LAN")));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("obligation").asString()).isEqualTo("G1");
    }

    @Test
    void dinasWithdrawsAProposalWithIfMatchAndStaleIsA412_G3() {
        String opd = "DPMPTSP";
        directoryKnows(mongo, opd);
        TestHttp.Reply created = assess(opd, List.of(met("HAS_ICT_STAFF"), met("BUILDS_APPS_OR_LAN")));
        String id = created.json().get("id").asString();
        TestHttp.Reply stale = http.post(BASE + "/" + id + "/withdraw").auth(dinas()).header("If-Match", "\"99\"")
                .json(Map.of("note", "Struktur OPD berubah")).send();
        assertThat(stale.status()).isEqualTo(412);
        TestHttp.Reply withdrawn = http.post(BASE + "/" + id + "/withdraw").auth(dinas())
                .header("If-Match", created.header("ETag")).json(Map.of("note", "Struktur OPD berubah")).send();
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().get("closingNote").asString()).isEqualTo("Struktur OPD berubah");
        MonevTestSupport.event(TOPIC, id, ".proposal-closed.v1", "mandiri-tik-proposal-closed.v1",
                d -> d.get("outcome").asString().equals("WITHDRAWN"));
        // A late decree does not revive a withdrawn proposal.
        decree(opd, true, "188.45/300/2026", id);
        assertThat(http.post(BASE + "/" + id + "/withdraw").auth(dinas()).json(Map.of("note", "lagi")).send()
                .status()).isEqualTo(409);
    }

    @Test
    void twoConcurrentPassingAssessmentsOfOneOpdGiveOneProposal_G3() throws Exception {
        String opd = "DISPORA";
        directoryKnows(mongo, opd);
        List<Map<String, Object>> all = List.of(met("HAS_ICT_STAFF"), met("BUILDS_APPS_OR_LAN"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> assess(opd, all).status());
            var second = pool.submit(() -> assess(opd, all).status());
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("opd").is(opd)
                        .and("status").is("PROPOSED")), "mandiri_tik_assessments")).isEqualTo(1);
        // What guards the race: a unique sparse index on the open proposal's OPD.
        assertThat(mongo.indexOps("mandiri_tik_assessments").getIndexInfo()).anySatisfy(index -> {
            assertThat(index.isIndexForFields(List.of("openProposalOf"))).isTrue();
            assertThat(index.isUnique()).isTrue();
            assertThat(index.isSparse()).isTrue();
        });
    }

    @Test
    void anOpdReadsOnlyItsOwnAssessments_G3() {
        String opd = "BAPENDA";
        directoryKnows(mongo, opd);
        String id = assess(opd, List.of(met("HAS_ICT_STAFF"), notMet("BUILDS_APPS_OR_LAN", "Belum")))
                .json().get("id").asString();
        assertThat(http.get(BASE + "/" + id).auth(operator(opd)).send().status()).isEqualTo(200);
        assertThat(http.get(BASE + "/" + id).auth(operator("DINKES")).send().status()).isEqualTo(404);
        JsonNode own = http.get(BASE + "?size=100").auth(operator(opd)).send().json();
        assertThat(own.get("items").valueStream().map(i -> i.get("opd").asString()).distinct().toList())
                .containsExactly(opd);
        assertThat(http.get(BASE + "?opd=" + opd).auth(operator("DINKES")).send().status()).isEqualTo(403);
        JsonNode filtered = http.get(BASE + "?opd=" + opd + "&status=NOT_PASSED").auth(coordinator()).send().json();
        assertThat(filtered.get("items").valueStream().map(i -> i.get("id").asString()).toList()).contains(id);
        assertThat(http.get(BASE + "?opd=" + opd + "&status=PROPOSED").auth(coordinator()).send().json()
                .get("items").valueStream().map(i -> i.get("id").asString()).toList()).doesNotContain(id);
    }
}
