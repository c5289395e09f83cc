package id.go.spbe.monev.framework;

import id.go.spbe.monev.framework.domain.Frameworks;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static id.go.spbe.monev.MonevTestSupport.FRAMEWORKS_TOPIC;
import static id.go.spbe.monev.MonevTestSupport.auditor;
import static id.go.spbe.monev.MonevTestSupport.dinas;
import static id.go.spbe.monev.MonevTestSupport.coordinator;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.evaluator;
import static id.go.spbe.monev.MonevTestSupport.event;
import static id.go.spbe.monev.MonevTestSupport.multipart;
import static id.go.spbe.monev.MonevTestSupport.operator;
import static id.go.spbe.monev.MonevTestSupport.proposeAll;
import static org.assertj.core.api.Assertions.assertThat;

/** M1: frameworks are data; the shipped ones are listed, and an evaluator imports a new one from its files. */
@SpbeIntegrationTest
class FrameworkImportIntegrationTest {

    static final String BOUNDARY = "----monev-test-boundary";
    static final String LEGACY = Frameworks.resource("frameworks/permenpanrb-5-2018-x6.csv");
    static final String LEGACY_PREDICATES = Frameworks.resource("frameworks/permenpanrb-5-2018-predicates.csv");

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

    TestHttp.Reply upload(String token, String id, String totalWeight, String indicators, String predicates) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("name", "Indeks SPBE 2018");
        fields.put("regulation", "Peraturan Menteri PANRB Nomor 5 Tahun 2018");
        fields.put("totalWeight", totalWeight);
        Map<String, String> files = new LinkedHashMap<>();
        if (indicators != null) {
            files.put("indicators", indicators);
        }
        if (predicates != null) {
            files.put("predicates", predicates);
        }
        return http.post("/api/v1/evaluations/frameworks").auth(token)
                .body("multipart/form-data; boundary=" + BOUNDARY, multipart(BOUNDARY, fields, files)).send();
    }

    @Test
    void theShippedFrameworksAreListedWithTheirTrust_M1() {
        JsonNode list = http.get("/api/v1/evaluations/frameworks").auth(operator("DINKES")).send().json();
        assertThat(list.get("items").get(0).get("id").asString()).isEqualTo("permenpanrb-59-2020");
        assertThat(list.get("items").get(0).get("status").asString()).isEqualTo("OFFICIAL");
        assertThat(list.get("items").get(0).get("indicators").asInt()).isEqualTo(47);
        assertThat(list.get("items").get(1).get("status").asString()).isEqualTo("PROVISIONAL");
        JsonNode spbe = http.get("/api/v1/evaluations/frameworks/permenpanrb-59-2020").auth(evaluator()).send()
                .json();
        assertThat(spbe.get("domains").get(3).get("weight").decimalValue()).isEqualByComparingTo("45.50");
        assertThat(spbe.get("predicates").get(4).get("predicate").asString()).isEqualTo("Memuaskan");
        JsonNode perencanaan = spbe.get("domains").get(3).get("aspects").get(0).get("indicators").get(0);
        assertThat(perencanaan.get("no").asString()).isEqualTo("32");
        assertThat(perencanaan.get("architectureDomain").asString()).isEqualTo("LAYANAN");
        assertThat(perencanaan.get("levelDescriptors").get(2).asString()).startsWith("Transaksi");
        assertThat(http.get("/api/v1/evaluations/frameworks/tidak-ada").auth(evaluator()).send().status())
                .isEqualTo(404);
    }

    /**
     * The 2018 framework (3 domains, 35 indicators with 35-1..35-3) imported by an evaluator, used for an
     * evaluation, reproduces Denpasar's published 2018 index 2.64 through HTTP.
     */
    @Test
    void anEvaluatorImportsAFrameworkAndAnEvaluationUsesIt_M1() {
        TestHttp.Reply imported = upload(evaluator(), "permenpanrb-5-2018", "600", LEGACY, LEGACY_PREDICATES);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.header("Location")).endsWith("/api/v1/evaluations/frameworks/permenpanrb-5-2018");
        assertThat(imported.json().get("status").asString()).isEqualTo("IMPORTED");
        assertThat(imported.json().get("domains").size()).isEqualTo(3);
        JsonNode event = event(FRAMEWORKS_TOPIC, "permenpanrb-5-2018", ".framework.imported.v1",
                "framework-imported.v1", d -> true);
        assertThat(event.get("data").get("indicators").asInt()).isEqualTo(37);
        assertThat(event.get("data").get("importedBy").asString()).isEqualTo("evaluator");

        JsonNode history = http.get("/api/v1/evaluations/frameworks/permenpanrb-5-2018/history").auth(auditor())
                .send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").size()).isEqualTo(1);
        assertThat(history.get("entries").get(0).get("actor").asString()).isEqualTo("evaluator");
        assertThat(http.get("/api/v1/evaluations/frameworks/permenpanrb-59-2020/history").auth(auditor()).send()
                .status()).as("shipped: no import history").isEqualTo(404);

        TestHttp.Reply again = upload(evaluator(), "permenpanrb-5-2018", "600", LEGACY, LEGACY_PREDICATES);
        assertThat(again.status()).as("a framework is never replaced under its evaluations").isEqualTo(409);
        assertThat(upload(evaluator(), "permenpanrb-59-2020", "600", LEGACY, LEGACY_PREDICATES).status())
                .as("nor a shipped one").isEqualTo(409);

        // No architecture domains in the file: every indicator is Dinas's (national default).
        TestHttp.Reply opened = http.post("/api/v1/evaluations").auth(dinas())
                .json(Map.of("year", 2018, "frameworkId", "permenpanrb-5-2018")).send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        proposeAll(http, id, Frameworks.levels("denpasar-2018-LEGACY-permenpanrb-5-2018.csv"));
        JsonNode index = http.get("/api/v1/evaluations/" + id + "/index").auth(evaluator()).send().json();
        assertThat(index.get("overall").get("value").decimalValue()).isEqualByComparingTo("2.64");
        assertThat(index.get("domains").valueStream().map(d -> d.get("score").get("value").decimalValue().setScale(2)
                .toPlainString()).toList()).containsExactly("2.06", "2.29", "3.00");
    }

    @Test
    void aBadFileIsA400ListingEveryProblemWithFileLineAndField_M1() {
        String indicators = LEGACY.replace("Layanan Naskah Dinas,30", "Layanan Naskah Dinas,3O");
        String predicates = "min_inclusive,max_exclusive,predicate\n1.00,1.80,Kurang\n1.90,5.00,Baik\n";
        TestHttp.Reply reply = upload(evaluator(), "rusak-2018", "600", indicators, predicates);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/validation");
        int line = 1 + LEGACY.lines().toList().indexOf(LEGACY.lines().filter(l -> l.contains("Layanan Naskah Dinas,30"))
                .findFirst().orElseThrow());
        assertThat(reply.json().get("errors").valueStream().map(e -> e.get("file").asString() + ":"
                + e.get("line").asInt() + ":" + e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("indicators:" + line + ":indicator_weight", "predicates:3:min_inclusive");
        assertThat(http.get("/api/v1/evaluations/frameworks/rusak-2018").auth(evaluator()).send().status())
                .as("nothing stored").isEqualTo(404);
    }

    @Test
    void onlyEvaluatorsAndDinasImportAndTheRequestIsChecked_M1() {
        assertThat(upload(operator("DINKES"), "coba-2018", "600", LEGACY, LEGACY_PREDICATES).status())
                .isEqualTo(403);
        assertThat(upload(coordinator(), "coba-2018", "600", LEGACY, LEGACY_PREDICATES).status())
                .isEqualTo(403);
        assertThat(upload(null, "coba-2018", "600", LEGACY, LEGACY_PREDICATES).status()).isEqualTo(401);
        TestHttp.Reply badId = upload(evaluator(), "Bad Id!", "600", LEGACY, LEGACY_PREDICATES);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
        for (String total : new String[] {"abc", "0", "-5"}) {
            TestHttp.Reply badTotal = upload(evaluator(), "coba-2018", total, LEGACY, LEGACY_PREDICATES);
            assertThat(badTotal.status()).as(total).isEqualTo(400);
            assertThat(badTotal.text()).contains("totalWeight");
        }
        TestHttp.Reply missingPart = upload(evaluator(), "coba-2018", "600", LEGACY, null);
        assertThat(missingPart.status()).isEqualTo(400);
        TestHttp.Reply json = http.post("/api/v1/evaluations/frameworks").auth(evaluator()).json("{}").send();
        assertThat(json.status()).isEqualTo(415);
        TestHttp.Reply controlCharacter = http.post("/api/v1/evaluations/frameworks").auth(evaluator())
                .body("multipart/form-data; boundary=" + BOUNDARY, multipart(BOUNDARY, Map.of("id", "coba-2018",
                        "name", "x", "regulation", "x"), Map.of("indicators", LEGACY, "predicates",
                        LEGACY_PREDICATES)).replace("Kurang", "Kur\u0000ang")).send();
        assertThat(controlCharacter.status()).isEqualTo(400);
    }
}
