package id.go.spbe.monev;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shared fixtures of monev's integration tests (one Spring context, profile Kota Bitung): the OPD directory as
 * app-registry publishes it, tokens per role, and helpers that drive an evaluation through HTTP.
 */
public final class MonevTestSupport {

    public static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();
    public static final String EVALUATIONS_TOPIC = "spbe.monev.evaluation.v1";
    public static final String FRAMEWORKS_TOPIC = "spbe.monev.framework.v1";
    public static final String SPBE = "permenpanrb-59-2020";
    /** Dinas holds DINAS, Bappeda BAPPEDA, Setda's Bagian Organisasi BAGIAN_ORGANISASI (M3, BT p8(7)). */
    public static final String DINAS = "DISKOMINFO";
    public static final String BAPPEDA = "BAPPEDA";
    public static final String ORGANISASI = "SETDA-ORG";
    public static final String OTHER = "DINKES";
    public static final Map<String, String> UNITS = Map.of("BAPPEDA", BAPPEDA, "BAGIAN_ORGANISASI", ORGANISASI);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile boolean directoryKnown;

    private MonevTestSupport() {
    }

    /** The OPD directory as app-registry publishes it (G1); waits until monev's read model has it. */
    public static void directoryKnowsTheOpds(MongoTemplate mongo) {
        if (!directoryKnown) {
            for (String code : List.of(DINAS, BAPPEDA, ORGANISASI, OTHER)) {
                String data = """
                        {"eventId":"%s","occurredAt":"2026-01-01T00:00:00Z","code":"%s","name":"%s","kind":"DINAS",
                         "dinas":%s,"mandiriTik":false,"active":true}"""
                        .formatted(UUID.randomUUID(), code, code, code.equals(DINAS));
                EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-registered.v1"),
                        data);
                TestKafka.send("spbe.app-registry.opd.v1", code, """
                        {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service",
                         "type":"id.go.spbe.opd.registered.v1","subject":"%s","time":"2026-01-01T00:00:00Z",
                         "data":%s}""".formatted(UUID.randomUUID(), code, data));
            }
            directoryKnown = true;
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(DINAS, BAPPEDA, ORGANISASI, OTHER).stream()
                .allMatch(code -> mongo.findById(code, org.bson.Document.class, "opd_references") != null));
    }

    /** One more OPD as app-registry publishes it (G1), for tests that change its state; waits for the read model. */
    public static void directoryKnows(MongoTemplate mongo, String code) {
        if (mongo.findById(code, org.bson.Document.class, "opd_references") == null) {
            String data = """
                    {"eventId":"%s","occurredAt":"2026-01-01T00:00:00Z","code":"%s","name":"%s","kind":"DINAS",
                     "dinas":false,"mandiriTik":false,"active":true}""".formatted(UUID.randomUUID(), code, code);
            EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-registered.v1"), data);
            TestKafka.send("spbe.app-registry.opd.v1", code, """
                    {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service",
                     "type":"id.go.spbe.opd.registered.v1","subject":"%s","time":"2026-01-01T00:00:00Z",
                     "data":%s}""".formatted(UUID.randomUUID(), code, data));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findById(code, org.bson.Document.class, "opd_references") != null);
    }

    public static String dinas() {
        return ISSUER.user("admin.dinas").opd(DINAS).roles("DINAS_ADMIN").bearer();
    }

    public static String evaluator() {
        return ISSUER.user("evaluator").roles("EVALUATOR").bearer();
    }

    public static String coordinator() {
        return ISSUER.user("sekda").name("Ir. Audy Pangemanan").roles("COORDINATOR").bearer();
    }

    public static String auditor() {
        return ISSUER.user("auditor").roles("AUDITOR").bearer();
    }

    public static String operator(String opd) {
        return ISSUER.user("operator." + opd.toLowerCase()).opd(opd).roles("OPD_OPERATOR").bearer();
    }

    /** Whoever answers for an indicator of {@code opd}: Dinas's own unit is run by a Dinas admin. */
    public static String unitToken(String opd) {
        return DINAS.equals(opd) ? dinas() : operator(opd);
    }

    public static JsonNode open(TestHttp http, int year, String frameworkId) {
        TestHttp.Reply reply = http.post("/api/v1/evaluations").auth(dinas())
                .json(Map.of("year", year, "frameworkId", frameworkId, "units", UNITS)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    /** {@code opd}'s unit claims {@code level} for indicator {@code no}, with an explanation and one document id. */
    public static void propose(TestHttp http, String evaluationId, String no, String opd, int level) {
        TestHttp.Reply reply = http.put("/api/v1/evaluations/" + evaluationId + "/indicators/" + no + "/proposal")
                .auth(unitToken(opd)).json(Map.of("level", level, "explanation", "Klaim unit untuk indikator " + no,
                        "evidenceDocumentIds", List.of("https://jdih.example.go.id/bukti-" + no))).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /** The evidence from operations shown for the evaluation, by indicator number, as {@code token} reads it. */
    public static Map<String, JsonNode> evidence(TestHttp http, String evaluationId, String token) {
        TestHttp.Reply reply = http.get("/api/v1/evaluations/" + evaluationId + "/evidence?size=50").auth(token)
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, JsonNode> byNo = new LinkedHashMap<>();
        reply.json().get("items").forEach(i -> byNo.put(i.get("no").asString(), i));
        return byNo;
    }

    /** How many OPDs the directory read model holds as active (the denominator of "half of the OPDs" rules). */
    public static long activeOpds(MongoTemplate mongo) {
        return mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("active").is(true)), "opd_references");
    }

    /** All indicators of the evaluation, as a region-wide reader sees them. */
    public static List<JsonNode> indicators(TestHttp http, String evaluationId) {
        TestHttp.Reply reply = http.get("/api/v1/evaluations/" + evaluationId + "/indicators?size=200")
                .auth(evaluator()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items").valueStream().toList();
    }

    /** Each unit proposes the given level for its own indicators. */
    public static void proposeAll(TestHttp http, String evaluationId, Map<String, Integer> levels) {
        for (JsonNode indicator : indicators(http, evaluationId)) {
            String no = indicator.get("no").asString();
            TestHttp.Reply reply = http.put("/api/v1/evaluations/" + evaluationId + "/indicators/" + no
                    + "/proposal").auth(unitToken(indicator.get("opd").asString()))
                    .json(Map.of("level", levels.get(no), "explanation", "Bukti terlampir untuk indikator " + no,
                            "evidenceDocumentIds", List.of("https://jdih.example.go.id/bukti-" + no))).send();
            assertThat(reply.status()).as(no + ": " + reply).isEqualTo(200);
        }
    }

    public static Map<String, Integer> uniform(TestHttp http, String evaluationId, int level) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        indicators(http, evaluationId).forEach(i -> levels.put(i.get("no").asString(), level));
        return levels;
    }

    /** The CloudEvent's {@code data} of the first record on the topic keyed {@code key} whose type ends so. */
    public static JsonNode event(String topic, String key, String typeSuffix, String schema,
            java.util.function.Predicate<JsonNode> match) {
        ConsumerRecord<String, String> record = TestKafka.await(topic, r -> key.equals(r.key())
                && JSON.readTree(r.value()).get("type").asString().endsWith(typeSuffix)
                && match.test(JSON.readTree(r.value()).get("data")), Duration.ofSeconds(30));
        JsonNode cloudEvent = JSON.readTree(record.value());
        EventSchemas.assertValid(EventSchemas.producerSchema("monev-service", schema),
                cloudEvent.get("data").toString());
        return cloudEvent;
    }

    /** A multipart/form-data body of text fields and CSV files. */
    public static String multipart(String boundary, Map<String, String> fields, Map<String, String> files) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        files.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                .append(name).append(".csv\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n"));
        return body.append("--").append(boundary).append("--\r\n").toString();
    }
}
