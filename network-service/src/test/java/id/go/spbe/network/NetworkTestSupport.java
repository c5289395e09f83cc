package id.go.spbe.network;

import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.test.contract.EventCatalogue;
import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tokens of test users, OPDs put into the service's read model through app-registry's real OPD events (validated
 * against app-registry's schemas), and assertions shared by the integration tests.
 */
public final class NetworkTestSupport {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();
    private static final String OPD_TOPIC = "spbe.app-registry.opd.v1";

    private NetworkTestSupport() {
    }

    public static String admin() {
        return ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
    }

    public static String operator(String opd) {
        return ISSUER.user("operator." + opd.toLowerCase(Locale.ROOT)).opd(opd).roles("OPD_OPERATOR").bearer();
    }

    public static String integration(String opd) {
        return ISSUER.user("client." + opd.toLowerCase(Locale.ROOT)).opd(opd).roles("INTEGRATION").bearer();
    }

    public static String auditor() {
        return ISSUER.user("auditor").roles("AUDITOR").bearer();
    }

    public static String coordinator() {
        return ISSUER.user("koordinator").roles("COORDINATOR").bearer();
    }

    /**
     * "Today" as the service sees it: the shared context's clock (platform-test {@code MutableClock}) in the region's
     * time zone, not the JVM's date, so tests agree with the service whatever the machine's zone and time.
     */
    public static LocalDate today(Clock clock, RegionProfile region) {
        return LocalDate.now(clock.withZone(region.region().timeZone()));
    }

    /** A fresh OPD code, so tests sharing the context never see each other's records. */
    public static String newOpd() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase(Locale.ROOT);
    }

    /** Registers an OPD in the directory (as app-registry would announce it) and waits for the read model. */
    public static String registerOpd(MongoTemplate mongo, String code, String name) {
        return registerOpd(mongo, code, name, null);
    }

    /** Registers a sub-unit of {@code parent} (null: top level) and waits for the read model and the OPD tree. */
    public static String registerOpd(MongoTemplate mongo, String code, String name, String parent) {
        TestKafka.send(OPD_TOPIC, code, opdEvent("id.go.spbe.opd.registered.v1", code, name, false, parent));
        await().atMost(Duration.ofSeconds(30)).until(() -> reference(mongo, code) != null
                && mongo.findById(code, Document.class, "opd_tree") != null);
        return code;
    }

    /** Records a Mandiri TIK decree (designation or revocation) and waits until the read model follows it. */
    public static void designate(MongoTemplate mongo, String code, String name, boolean mandiriTik) {
        TestKafka.send(OPD_TOPIC, code, opdEvent("id.go.spbe.opd.mandiri-tik-designated.v1", code, name,
                mandiriTik, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Boolean.valueOf(mandiriTik).equals(reference(mongo, code).get("mandiriTik")));
    }

    private static Document reference(MongoTemplate mongo, String code) {
        return mongo.findById(code, Document.class, "opd_references");
    }

    private static String opdEvent(String type, String code, String name, boolean mandiriTik, String parent) {
        Instant now = Instant.now();
        String data = """
                {"eventId":"%s","occurredAt":"%s","code":"%s","name":"%s","kind":"%s","dinas":false,
                 "mandiriTik":%s,"active":true,"parentCode":%s%s}"""
                .formatted(UUID.randomUUID(), now, code, name, parent == null ? "DINAS" : "UPTD", mandiriTik,
                        parent == null ? "null" : "\"" + parent + "\"",
                        type.endsWith("mandiri-tik-designated.v1") ? """
                                ,"sequence":1,"designated":%s,"decreeNumber":"188.45/7/2026","decreeDate":"2026-01-05",
                                 "decidedBy":"BUPATI","assessmentReference":null,"criteriaMet":[],"notes":null"""
                                .formatted(mandiriTik) : "");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service",
                EventCatalogue.schemaName(type)), data);
        return """
                {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service","type":"%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","opd":"%s","data":%s}"""
                .formatted(UUID.randomUUID(), type, code, now, code, data);
    }

    /** The first event on {@code topic} keyed {@code key} whose data satisfies {@code match} (as JSON text). */
    public static JsonNode awaitEvent(String topic, String key, String type, String contains) {
        ConsumerRecord<String, String> record = TestKafka.await(topic, r -> key.equals(r.key())
                && r.value().contains("\"" + type + "\"") && r.value().contains(contains), Duration.ofSeconds(20));
        return JSON.readTree(record.value());
    }

    /** The event's data is valid against this service's own published schema. */
    public static void assertSchemaValid(JsonNode event, String schema) {
        EventSchemas.assertValid(EventSchemas.producerSchema("network-service", schema),
                event.get("data").toString());
    }

    public static void assertRuleViolation(TestHttp.Reply reply, String obligation) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("obligation").asString()).as(reply.toString()).isEqualTo(obligation);
    }

    public static void assertStatus(TestHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    }
}
