package id.go.spbe.monev.evaluation;

import id.go.spbe.monev.framework.domain.Frameworks;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static id.go.spbe.monev.MonevTestSupport.BAPPEDA;
import static id.go.spbe.monev.MonevTestSupport.DINAS;
import static id.go.spbe.monev.MonevTestSupport.EVALUATIONS_TOPIC;
import static id.go.spbe.monev.MonevTestSupport.ORGANISASI;
import static id.go.spbe.monev.MonevTestSupport.OTHER;
import static id.go.spbe.monev.MonevTestSupport.SPBE;
import static id.go.spbe.monev.MonevTestSupport.dinas;
import static id.go.spbe.monev.MonevTestSupport.coordinator;
import static id.go.spbe.monev.MonevTestSupport.auditor;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.evaluator;
import static id.go.spbe.monev.MonevTestSupport.event;
import static id.go.spbe.monev.MonevTestSupport.indicators;
import static id.go.spbe.monev.MonevTestSupport.open;
import static id.go.spbe.monev.MonevTestSupport.operator;
import static id.go.spbe.monev.MonevTestSupport.proposeAll;
import static id.go.spbe.monev.MonevTestSupport.uniform;
import static id.go.spbe.monev.MonevTestSupport.unitToken;
import static org.assertj.core.api.Assertions.assertThat;

/** M1, M3, SEC1: the yearly evaluation through HTTP, with its events on Kafka, in Kota Bitung's profile. */
@SpbeIntegrationTest
class EvaluationWorkflowIntegrationTest {

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

    String path(String evaluationId, String rest) {
        return "/api/v1/evaluations/" + evaluationId + rest;
    }

    @Test
    void theYearRunsFromSelfAssessmentToFinalAndLocked_M1_M3() {
        JsonNode opened = open(http, 2025, SPBE);
        String id = opened.get("id").asString();
        assertThat(id).isEqualTo("2025-" + SPBE);
        assertThat(opened.get("stage").asString()).isEqualTo("PENILAIAN_MANDIRI");
        assertThat(opened.get("units").get("DINAS").asString()).as("defaults to the caller's OPD").isEqualTo(DINAS);
        assertThat(opened.get("frameworkStatus").asString()).isEqualTo("OFFICIAL");
        JsonNode openedEvent = event(EVALUATIONS_TOPIC, id, ".evaluation.opened.v1", "evaluation-opened.v1",
                d -> true);
        assertThat(openedEvent.get("data").get("units").get("BAPPEDA").asString()).isEqualTo(BAPPEDA);

        // M3: Bappeda sees and fills only the data indicators; Bagian Organisasi business process and services.
        List<String> bappedas = http.get(path(id, "/indicators?size=200")).auth(operator(BAPPEDA)).send().json()
                .get("items").valueStream().map(i -> i.get("no").asString()).toList();
        assertThat(bappedas).containsExactly("3", "23", "26", "43");
        TestHttp.Reply foreign = http.put(path(id, "/indicators/11/proposal")).auth(operator(BAPPEDA))
                .json(Map.of("level", 3, "explanation", "bukan milik kami")).send();
        assertThat(foreign.status()).as("another unit's indicator does not exist for an operator").isEqualTo(404);
        TestHttp.Reply dinasForBappeda = http.put(path(id, "/indicators/23/proposal")).auth(dinas())
                .json(Map.of("level", 3, "explanation", "Dinas mengisi untuk Bappeda")).send();
        assertThat(dinasForBappeda.status()).as("only the assigned unit fills an indicator").isEqualTo(403);
        assertThat(http.get(path(id, "/indicators/11")).auth(operator(BAPPEDA)).send().status()).isEqualTo(404);
        assertThat(http.get(path(id, "/indicators/11")).auth(operator(ORGANISASI)).send().status()).isEqualTo(200);

        // Not every indicator has a level: the self-assessment cannot close (M1).
        TestHttp.Reply early = http.post(path(id, "/advance")).auth(dinas()).json(Map.of("to", "PENILAIAN_DOKUMEN"))
                .send();
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("obligation").asString()).isEqualTo("M1");

        proposeAll(http, id, uniform(http, id, 3));
        JsonNode proposal = event(EVALUATIONS_TOPIC, id, ".evaluation.indicator-assessed.v1",
                "evaluation-indicator-assessed.v1", d -> d.get("indicator").asString().equals("23"));
        assertThat(proposal.get("opd").asString()).as("CloudEvent extension").isEqualTo(BAPPEDA);
        assertThat(proposal.get("data").get("kind").asString()).isEqualTo("SELF_ASSESSMENT");
        assertThat(proposal.get("data").get("evidenceDocumentIds").get(0).asString()).isEqualTo("https://jdih.example.go.id/bukti-23");

        TestHttp.Reply byEvaluator = http.post(path(id, "/advance")).auth(evaluator())
                .json(Map.of("to", "PENILAIAN_DOKUMEN")).send();
        assertThat(byEvaluator.status()).as("Dinas closes the self-assessment").isEqualTo(403);
        TestHttp.Reply documents = http.post(path(id, "/advance")).auth(dinas())
                .json(Map.of("to", "PENILAIAN_DOKUMEN", "note", "Penilaian mandiri ditutup")).send();
        assertThat(documents.status()).as(documents.toString()).isEqualTo(200);
        event(EVALUATIONS_TOPIC, id, ".evaluation.stage-changed.v1", "evaluation-stage-changed.v1",
                d -> d.get("to").asString().equals("PENILAIAN_DOKUMEN"));

        TestHttp.Reply late = http.put(path(id, "/indicators/23/proposal")).auth(operator(BAPPEDA))
                .json(Map.of("level", 4, "explanation", "terlambat")).send();
        assertThat(late.status()).isEqualTo(409);

        // Evaluators adjust with a mandatory comment; the If-Match guards against a stale view.
        TestHttp.Reply noComment = http.post(path(id, "/indicators/23/adjust")).auth(evaluator())
                .json(Map.of("level", 2)).send();
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().get("errors").get(0).get("field").asString()).isEqualTo("comment");
        TestHttp.Reply byOperator = http.post(path(id, "/indicators/23/adjust")).auth(operator(BAPPEDA))
                .json(Map.of("level", 4, "comment", "naik")).send();
        assertThat(byOperator.status()).as("only evaluators adjust").isEqualTo(403);
        String etag = documents.header("ETag");
        TestHttp.Reply adjusted = http.post(path(id, "/indicators/23/adjust")).auth(evaluator())
                .header("If-Match", etag).json(Map.of("level", 2, "comment", "Bukti hanya sebagian OPD")).send();
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        assertThat(adjusted.json().get("level").asInt()).isEqualTo(2);
        assertThat(adjusted.json().get("proposedLevel").asInt()).isEqualTo(3);
        assertThat(adjusted.json().get("adjustedIn").asString()).isEqualTo("PENILAIAN_DOKUMEN");
        TestHttp.Reply stale = http.post(path(id, "/indicators/23/adjust")).auth(evaluator()).header("If-Match", etag)
                .json(Map.of("level", 1, "comment", "lagi")).send();
        assertThat(stale.status()).isEqualTo(412);
        event(EVALUATIONS_TOPIC, id, ".evaluation.indicator-assessed.v1", "evaluation-indicator-assessed.v1",
                d -> d.get("kind").asString().equals("ADJUSTMENT") && d.get("previousLevel").asInt() == 3);

        assertThat(http.post(path(id, "/finalise")).auth(evaluator()).send().status())
                .as("not before the interview").isEqualTo(409);
        assertThat(http.post(path(id, "/advance")).auth(evaluator()).json(Map.of("to", "INTERVIU")).send().status())
                .isEqualTo(200);
        // The visit is optional: finalise straight after the interview.
        TestHttp.Reply finalised = http.post(path(id, "/finalise")).auth(evaluator())
                .json(Map.of("note", "Tanpa visitasi")).send();
        assertThat(finalised.status()).as(finalised.toString()).isEqualTo(200);
        assertThat(finalised.json().get("stage").asString()).isEqualTo("FINAL");
        // all at 3 but indicator 23 (weight 1.50) at 2: (300 − 1.50) / 100 = 2.985 → 2.99 (half up)
        assertThat(finalised.json().get("finalIndex").decimalValue()).isEqualByComparingTo("2.99");
        assertThat(finalised.json().get("finalPredicate").asString()).isEqualTo("Baik");
        JsonNode done = event(EVALUATIONS_TOPIC, id, ".evaluation.finalised.v1", "evaluation-finalised.v1",
                d -> true);
        assertThat(done.get("data").get("index").decimalValue()).isEqualByComparingTo("2.99");

        // Final is locked: every change is a 409.
        assertThat(http.post(path(id, "/indicators/23/adjust")).auth(evaluator())
                .json(Map.of("level", 5, "comment", "setelah final")).send().status()).isEqualTo(409);
        assertThat(http.put(path(id, "/indicators/23/proposal")).auth(operator(BAPPEDA))
                .json(Map.of("level", 5, "explanation", "setelah final")).send().status()).isEqualTo(409);
        assertThat(http.post(path(id, "/advance")).auth(evaluator()).json(Map.of("to", "VISITASI")).send().status())
                .isEqualTo(409);
        assertThat(http.post(path(id, "/finalise")).auth(evaluator()).send().status()).isEqualTo(409);

        // SEC1: every change is in the verified history: opening, 47 proposals, 1 adjustment, 3 stage changes,
        // finalisation.
        JsonNode history = http.get(path(id, "/history")).auth(auditor()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").size()).isEqualTo(1 + 47 + 1 + 3 + 1);
        assertThat(http.get(path(id, "/history")).auth(operator(BAPPEDA)).send().status()).isEqualTo(403);
    }

    @Test
    void oneEvaluationPerYearAndFrameworkOpenedByDinasWithKnownOpds_M1_G1() {
        open(http, 2030, SPBE);
        TestHttp.Reply again = http.post("/api/v1/evaluations").auth(dinas())
                .json(Map.of("year", 2030, "frameworkId", SPBE, "units", Map.of("BAPPEDA", BAPPEDA,
                        "BAGIAN_ORGANISASI", ORGANISASI))).send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(http.post("/api/v1/evaluations").auth(dinas()).json(Map.of("year", 2030, "frameworkId",
                "pemdi-2026", "units", Map.of("BAPPEDA", BAPPEDA, "BAGIAN_ORGANISASI", ORGANISASI))).send().status())
                .as("the same year under another framework").isEqualTo(201);

        TestHttp.Reply unknownOpd = http.post("/api/v1/evaluations").auth(dinas()).json(Map.of("year", 2031,
                "frameworkId", SPBE, "units", Map.of("BAPPEDA", "ATLANTIS", "BAGIAN_ORGANISASI", ORGANISASI))).send();
        assertThat(unknownOpd.status()).isEqualTo(422);
        assertThat(unknownOpd.json().get("obligation").asString()).isEqualTo("G1");
        TestHttp.Reply missingUnit = http.post("/api/v1/evaluations").auth(dinas()).json(Map.of("year", 2031,
                "frameworkId", SPBE, "units", Map.of("BAPPEDA", BAPPEDA))).send();
        assertThat(missingUnit.status()).isEqualTo(422);
        assertThat(missingUnit.json().get("obligation").asString()).isEqualTo("M3");
        TestHttp.Reply unknownFramework = http.post("/api/v1/evaluations").auth(dinas()).json(Map.of("year", 2031,
                "frameworkId", "tidak-ada", "units", Map.of("BAPPEDA", BAPPEDA))).send();
        assertThat(unknownFramework.status()).isEqualTo(422);
        assertThat(unknownFramework.json().get("obligation").asString()).isEqualTo("M1");
        assertThat(http.post("/api/v1/evaluations").auth(operator(OTHER)).json(Map.of("year", 2031, "frameworkId",
                SPBE)).send().status()).isEqualTo(403);
    }

    /** Parepare 2023's levels through HTTP: the index, every aspect, and a what-if that writes nothing. */
    @Test
    void theIndexAndAWhatIfPreviewThatNeverWrites_M1() {
        String id = open(http, 2023, SPBE).get("id").asString();
        proposeAll(http, id, Frameworks.levels("parepare-2023.csv"));
        JsonNode index = http.get(path(id, "/index")).auth(operator(OTHER)).send().json();
        assertThat(index.get("overall").get("value").decimalValue()).isEqualByComparingTo("2.61");
        assertThat(index.get("overall").get("exact").decimalValue()).isEqualByComparingTo("2.6145");
        assertThat(index.get("overall").get("predicate").asString()).isEqualTo("Baik");
        assertThat(index.get("overall").get("complete").asBoolean()).isTrue();
        assertThat(index.get("aspects").valueStream().map(a -> a.get("score").get("value").decimalValue().setScale(2)
                .toPlainString()).toList()).containsExactly("2.90", "1.50", "2.00", "1.50", "1.00", "1.00", "3.70",
                "3.50");

        String etagBefore = http.get(path(id, "")).auth(dinas()).send().header("ETag");
        long historyBefore = mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("aggregateId").is(id)), "change_history");

        // Raise the management domain's aspect 5 (all at 1) to 3: 8 × 1.50 × 2 = +0.24.
        List<Map<String, Object>> changes = List.of("21", "22", "23", "24", "25", "26", "27", "28").stream()
                .map(no -> Map.<String, Object>of("indicator", no, "level", 3)).toList();
        TestHttp.Reply preview = http.post(path(id, "/what-if")).auth(dinas()).json(Map.of("changes", changes))
                .send();
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonNode overall = preview.json().get("movements").get(0);
        assertThat(overall.get("scope").asString()).isEqualTo("OVERALL");
        assertThat(overall.get("before").get("value").decimalValue()).isEqualByComparingTo("2.61");
        assertThat(overall.get("after").get("value").decimalValue()).isEqualByComparingTo("2.85");
        assertThat(overall.get("delta").decimalValue()).isEqualByComparingTo("0.24");
        JsonNode aspect5 = preview.json().get("movements").valueStream().filter(m -> m.get("scope").asString()
                .equals("ASPECT") && m.get("no").asString().equals("5")).findFirst().orElseThrow();
        assertThat(aspect5.get("before").get("predicate").asString()).isEqualTo("Kurang");
        assertThat(aspect5.get("after").get("predicate").asString()).isEqualTo("Baik");
        assertThat(aspect5.get("predicateChanged").asBoolean()).isTrue();
        JsonNode domain1 = preview.json().get("movements").get(1);
        assertThat(domain1.get("delta").decimalValue()).isEqualByComparingTo("0");
        assertThat(domain1.get("predicateChanged").asBoolean()).isFalse();

        // Nothing was written: same version, same levels, no history entry, same index.
        assertThat(http.get(path(id, "")).auth(dinas()).send().header("ETag")).isEqualTo(etagBefore);
        assertThat(http.get(path(id, "/indicators/21")).auth(dinas()).send().json().get("level").asInt())
                .isEqualTo(1);
        assertThat(mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("aggregateId").is(id)), "change_history"))
                .isEqualTo(historyBefore);
        assertThat(http.get(path(id, "/index")).auth(dinas()).send().json().get("overall").get("value")
                .decimalValue()).isEqualByComparingTo("2.61");

        // The same index and the indicators as CSV (free text is kept from running as a spreadsheet formula).
        TestHttp.Reply csv = http.get(path(id, "/index.csv")).auth(operator(OTHER)).send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("indeks-" + id + ".csv");
        List<String> rows = csv.text().lines().toList();
        assertThat(rows.get(0)).isEqualTo("scope,no,name,value,predicate,exact,assessed,indicators");
        assertThat(rows.get(1)).isEqualTo("OVERALL,,Indeks,2.61,Baik,2.614500,47,47");
        assertThat(rows).hasSize(1 + 1 + 4 + 8);
        http.put(path(id, "/indicators/43/proposal")).auth(operator(BAPPEDA))
                .json(Map.of("level", 3, "explanation", "=HYPERLINK(\"http://x\"), data terbuka")).send();
        List<String> bappeda = http.get(path(id, "/indicators.csv")).auth(operator(BAPPEDA)).send().text().lines()
                .toList();
        assertThat(bappeda).hasSize(1 + 4);
        assertThat(bappeda.get(4)).startsWith("43,").contains(",BAPPEDA,3,3,\"'=HYPERLINK(\"\"http://x\"\"), data "
                + "terbuka\",");
        assertThat(http.get(path(id, "/indicators.csv?opd=" + ORGANISASI)).auth(operator(BAPPEDA)).send().status())
                .isEqualTo(403);

        TestHttp.Reply unknown = http.post(path(id, "/what-if")).auth(dinas())
                .json(Map.of("changes", List.of(Map.of("indicator", "99", "level", 3)))).send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("changes[0].indicator");
        TestHttp.Reply twice = http.post(path(id, "/what-if")).auth(dinas()).json(Map.of("changes", List.of(
                Map.of("indicator", "1", "level", 3), Map.of("indicator", "1", "level", 4)))).send();
        assertThat(twice.status()).isEqualTo(400);
    }

    /** Parepare 2024 against 2023 (same framework): overall, domain and aspect movements. */
    @Test
    void yearOverYearComparisonAgainstTheLatestEarlierYear_M1() {
        String y2021 = open(http, 2021, SPBE).get("id").asString();
        proposeAll(http, y2021, Frameworks.levels("parepare-2023.csv"));
        String y2022 = open(http, 2022, SPBE).get("id").asString();
        proposeAll(http, y2022, Frameworks.levels("parepare-2024.csv"));
        JsonNode comparison = http.get(path(y2022, "/comparison")).auth(coordinator()).send()
                .json();
        assertThat(comparison.get("previousEvaluationId").asString()).isEqualTo(y2021);
        assertThat(comparison.get("sameFramework").asBoolean()).isTrue();
        JsonNode overall = comparison.get("movements").get(0);
        assertThat(overall.get("before").get("value").decimalValue()).isEqualByComparingTo("2.61");
        assertThat(overall.get("after").get("value").decimalValue()).isEqualByComparingTo("2.65");
        assertThat(overall.get("delta").decimalValue()).isEqualByComparingTo("0.04");
        JsonNode aspect2 = comparison.get("movements").valueStream().filter(m -> m.get("scope").asString()
                .equals("ASPECT") && m.get("no").asString().equals("2")).findFirst().orElseThrow();
        assertThat(aspect2.get("delta").decimalValue()).isEqualByComparingTo("-0.25");

        TestHttp.Reply none = http.get(path(y2021, "/comparison")).auth(dinas()).send();
        assertThat(none.status()).as("no earlier year under this framework").isEqualTo(404);
        TestHttp.Reply explicit = http.get(path(y2021, "/comparison?previous=" + y2022)).auth(dinas()).send();
        assertThat(explicit.json().get("movements").get(0).get("delta").decimalValue())
                .isEqualByComparingTo("-0.04");
    }

    /**
     * The three units fill their indicators at the same time: writes without If-Match that lose the optimistic-lock
     * race are decided again, so nobody gets a spurious 409 and no proposal is lost (M3).
     */
    @Test
    void unitsProposingAtTheSameTimeLoseNothing_M3() throws Exception {
        String id = open(http, 2026, SPBE).get("id").asString();
        List<JsonNode> all = indicators(http, id);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> replies = new java.util.ArrayList<>();
            for (JsonNode indicator : all) {
                String no = indicator.get("no").asString();
                String token = unitToken(indicator.get("opd").asString());
                replies.add(pool.submit(() -> TestHttp.onPort(port).put(path(id, "/indicators/" + no + "/proposal"))
                        .auth(token).json(Map.of("level", 4, "explanation", "serentak " + no)).send().status()));
            }
            for (var reply : replies) {
                assertThat(reply.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        JsonNode evaluation = http.get(path(id, "")).auth(dinas()).send().json();
        assertThat(evaluation.get("assessed").asInt()).isEqualTo(47);
        assertThat(http.get(path(id, "/index")).auth(dinas()).send().json().get("overall").get("value")
                .decimalValue()).isEqualByComparingTo("4.00");
        assertThat(http.get(path(id, "/history")).auth(dinas()).send().json().get("entries").size())
                .isEqualTo(1 + 47);
    }

    /** M4: an OPD sees what it contributes and its own score; another OPD's view is a 404 for it. */
    @Test
    void eachOpdSeesTheIndicatorsItContributesAndItsScore_M4() {
        String id = open(http, 2024, SPBE).get("id").asString();
        proposeAll(http, id, Frameworks.levels("parepare-2023.csv"));
        TestHttp.Reply own = http.get(path(id, "/opds/" + BAPPEDA)).auth(operator(BAPPEDA)).send();
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().get("units").get(0).asString()).isEqualTo("BAPPEDA");
        assertThat(own.json().get("indicators").valueStream().map(i -> i.get("no").asString()).toList())
                .containsExactly("3", "23", "26", "43");
        // levels 3, 1, 1, 3 with weights 1.30, 1.50, 1.50, 3.00: 15.9 / 7.3 = 2.178… → 2.18 Cukup
        assertThat(own.json().get("score").get("value").decimalValue()).isEqualByComparingTo("2.18");
        assertThat(own.json().get("score").get("predicate").asString()).isEqualTo("Cukup");

        assertThat(http.get(path(id, "/opds/" + ORGANISASI)).auth(operator(BAPPEDA)).send().status())
                .isEqualTo(404);
        JsonNode bystander = http.get(path(id, "/opds/" + OTHER)).auth(operator(OTHER)).send().json();
        assertThat(bystander.get("indicators").size()).isZero();
        assertThat(bystander.get("score").isNull()).isTrue();
        JsonNode all = http.get(path(id, "/opds")).auth(coordinator()).send().json();
        assertThat(all.valueStream().map(o -> o.get("opd").asString()).toList())
                .containsExactly(BAPPEDA, DINAS, ORGANISASI);
        assertThat(all.valueStream().mapToInt(o -> o.get("indicators").size()).sum()).isEqualTo(47);
        JsonNode mine = http.get(path(id, "/opds")).auth(operator(BAPPEDA)).send().json();
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).get("opd").asString()).isEqualTo(BAPPEDA);
        assertThat(http.get(path(id, "/opds")).auth(operator(OTHER)).send().json().size()).isZero();
        assertThat(http.get(path(id, "/opds/" + ORGANISASI)).auth(dinas()).send().json().get("indicators").size())
                .isEqualTo(indicators(http, id).stream().filter(i -> i.get("opd").asString().equals(ORGANISASI))
                        .count());
    }
}
