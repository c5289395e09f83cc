package id.go.spbe.datacenter;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tokens of the demo roles, and the other services' side of the tests: OPD and application events exactly as
 * app-registry publishes them (each checked against app-registry's schema file first), and the region's main data
 * center and the Pusat Data's OS image catalogue, which all test classes share (a region has one of each).
 */
public final class DatacenterTestSupport {

    public static final String MAIN = "PD-UTAMA";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();
    private static final String OPDS = "spbe.app-registry.opd.v1";
    private static final String APPLICATIONS = "spbe.app-registry.application.v1";

    private DatacenterTestSupport() {
    }

    public static String admin() {
        return ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
    }

    public static String operator(String opd) {
        return ISSUER.user("operator." + opd.toLowerCase()).opd(opd).roles("OPD_OPERATOR").bearer();
    }

    public static String auditor() {
        return ISSUER.user("auditor").roles("AUDITOR").bearer();
    }

    public static String coordinator() {
        return ISSUER.user("koordinator").roles("COORDINATOR").bearer();
    }

    /** An OPD's machine client (client credentials): INTEGRATION role, scoped to its OPD. */
    public static String machine(String opd) {
        return ISSUER.user("service-account-backup-" + opd.toLowerCase()).clientId("backup-" + opd.toLowerCase())
                .opd(opd).roles("INTEGRATION").bearer();
    }

    /** A fresh OPD code, so quota and scope tests do not share an OPD with other tests. */
    public static String newOpdCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** The directory registers an OPD (and, when {@code mandiriTik}, designates it), and this service follows. */
    public static void opd(MongoTemplate mongo, String code, boolean mandiriTik) {
        opd(mongo, code, mandiriTik, false);
    }

    /** The directory registers the Dinas (Kominfo) under {@code code}, and this service follows. */
    public static void dinasOpd(MongoTemplate mongo, String code) {
        opd(mongo, code, false, true);
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(mongo.findById(code, Document.class,
                "opd_references").getBoolean("dinas")));
    }

    private static void opd(MongoTemplate mongo, String code, boolean mandiriTik, boolean dinas) {
        Instant now = Instant.now();
        String data = """
                {"eventId":"%s","occurredAt":"%s","code":"%s","name":"OPD %s","kind":"DINAS","dinas":%s,
                 "mandiriTik":false,"active":true,"parentCode":null}""".formatted(UUID.randomUUID(), now, code, code,
                dinas);
        send(OPDS, code, "id.go.spbe.opd.registered.v1", "opd-registered.v1", data, now);
        if (mandiriTik) {
            Instant later = now.plusMillis(1);
            String decree = """
                    {"eventId":"%s","occurredAt":"%s","code":"%s","name":"OPD %s","kind":"DINAS","dinas":false,
                     "mandiriTik":true,"active":true,"parentCode":null,"sequence":1,"designated":true,
                     "decreeNumber":"188.45/12/2026","decreeDate":"2026-03-02","decidedBy":"BUPATI",
                     "assessmentReference":null,"criteriaMet":["HAS_ICT_STAFF","OWNS_SERVERS"],"notes":null}"""
                    .formatted(UUID.randomUUID(), later, code, code);
            send(OPDS, code, "id.go.spbe.opd.mandiri-tik-designated.v1", "opd-mandiri-tik-designated.v1", decree,
                    later);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document ref = mongo.findById(code, Document.class, "opd_references");
            return ref != null && Boolean.valueOf(mandiriTik).equals(ref.getBoolean("mandiriTik"));
        });
    }

    /** app-registry registers an application of {@code opd}; returns its id once this service knows it. */
    public static String application(MongoTemplate mongo, String opd, String name) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String data = """
                {"eventId":"%s","occurredAt":"%s","applicationId":"%s","name":"%s","ownerOpd":"%s",
                 "applicationClass":"KHUSUS","userOpds":["%s"],"status":"DRAFT","registeredAt":"%s",
                 "registeredBy":"operator.%s"}""".formatted(UUID.randomUUID(), now, id, name, opd, opd, now,
                opd.toLowerCase());
        send(APPLICATIONS, id, "id.go.spbe.application.registered.v1", "application-registered.v1", data, now);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(id, Document.class,
                "application_references") != null);
        return id;
    }

    /** app-registry retires an application; returns once this service has recorded it. */
    public static void decommissionApplication(MongoTemplate mongo, String id, String opd, String name) {
        Instant now = Instant.now();
        String data = """
                {"eventId":"%s","occurredAt":"%s","applicationId":"%s","ownerOpd":"%s","name":"%s",
                 "from":"ACTIVE","reason":"Diganti aplikasi nasional","decommissionedBy":"admin.dinas"}"""
                .formatted(UUID.randomUUID(), now, id, opd, name);
        send(APPLICATIONS, id, "id.go.spbe.application.decommissioned.v1", "application-decommissioned.v1", data,
                now);
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(mongo.findById(id, Document.class,
                "application_references").getBoolean("decommissioned")));
    }

    static void send(String topic, String key, String type, String schema, String data, Instant at) {
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", schema), data);
        TestKafka.send(topic, key, """
                {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service","type":"%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(UUID.randomUUID(), type, key, at, data));
    }

    /** The form of a data center with the given capacity. */
    public static Map<String, Object> dataCenterForm(String name, String role, int vcpu, int ramGib, int diskGib,
            double vcpuOvercommit, double ramOvercommit) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("role", role);
        form.put("address", "Jl. Basuki Rahmat, Curup");
        form.put("capacity", Map.of("vcpu", vcpu, "ramGib", ramGib, "diskGib", diskGib, "rackUnits", 84,
                "powerKw", 20.0, "vcpuOvercommit", vcpuOvercommit, "ramOvercommit", ramOvercommit));
        form.put("links", List.of(Map.of("upstream", "PROVINCIAL", "name", "Pusat Data Provinsi Bengkulu",
                "status", "CONNECTED", "bandwidthMbps", 1000)));
        return form;
    }

    /** The shared main data center, large enough for every test's VPS; registered by whichever test comes first. */
    public static void ensureMainDataCenter(TestHttp http) {
        ensureOsCatalogue(http);
        TestHttp.Reply existing = http.get("/api/v1/data-centers/" + MAIN).auth(admin()).send();
        if (existing.status() == 200) {
            return;
        }
        TestHttp.Reply created = http.post("/api/v1/data-centers").auth(admin()).json(Map.of("code", MAIN,
                "dataCenter", dataCenterForm("Pusat Data Kabupaten", "MAIN", 4096, 16384, 2_000_000, 4.0, 1.5)))
                .send();
        assertThat(created.status()).as(created.text()).isIn(201, 409);
    }

    /** The OS images the tests' VPS requests name, in the Pusat Data's catalogue (shared, like the main site). */
    public static final List<String> OS_CATALOGUE = List.of("ubuntu-24.04", "ubuntu-22.04", "debian-12", "rocky-9");

    public static void ensureOsCatalogue(TestHttp http) {
        if (http.get("/api/v1/os-images/" + OS_CATALOGUE.get(OS_CATALOGUE.size() - 1)).auth(admin()).send()
                .status() == 200) {
            return;
        }
        for (String code : OS_CATALOGUE) {
            String[] parts = code.split("-");
            TestHttp.Reply added = http.post("/api/v1/os-images").auth(admin()).json(Map.of("code", code, "name",
                    parts[0], "version", parts[1], "family", "LINUX")).send();
            assertThat(added.status()).as(added.text()).isIn(201, 409);
        }
    }

    /** Registers a small disaster-recovery site with its own code, for capacity tests that must fill it. */
    public static String smallSite(TestHttp http, int vcpu, int ramGib, int diskGib, double vcpuOvercommit) {
        String code = "PD-DR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestHttp.Reply created = http.post("/api/v1/data-centers").auth(admin()).json(Map.of("code", code,
                "dataCenter", dataCenterForm("Situs DR " + code, "DISASTER_RECOVERY", vcpu, ramGib, diskGib,
                        vcpuOvercommit, 1.0))).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return code;
    }

    /** The event of {@code type} about {@code key}, as published on {@code topic}, its data checked against our schema. */
    public static JsonNode published(String topic, String key, String type) {
        ConsumerRecord<String, String> record = TestKafka.await(topic, r -> key.equals(r.key())
                && JSON.readTree(r.value()).path("type").asString().equals(type), Duration.ofSeconds(30));
        JsonNode event = JSON.readTree(record.value());
        String local = type.substring("id.go.spbe.".length());
        int version = local.lastIndexOf('.');
        String schema = local.substring(0, version).replace('.', '-') + local.substring(version);
        EventSchemas.assertValid(EventSchemas.producerSchema("datacenter-service", schema),
                event.get("data").toString());
        return event;
    }

    /**
     * D7: the OPD's operator consents that Dinas does {@code actions} on all its systems, in force from yesterday for
     * a year of the service's clock (tests share a clock that some advance); returns the consent id.
     */
    public static String consentForDinas(TestHttp http, java.time.Clock clock, String opd, String... actions) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Jakarta"));
        TestHttp.Reply granted = http.post("/api/v1/custody-consents").auth(operator(opd)).json(Map.of(
                "actions", List.of(actions), "allSystems", true, "validFrom", today.minusDays(1).toString(),
                "validUntil", today.plusYears(1).toString(), "letterNumber", "800/1/" + opd + "/2026")).send();
        assertThat(granted.status()).as(granted.text()).isEqualTo(201);
        return granted.json().get("id").asString();
    }

    public static void assertProblem(TestHttp.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("https://spbe.github.io/problems/" + type);
    }

    public static void assertRule(TestHttp.Reply reply, String obligation) {
        assertProblem(reply, 422, "rule-violation");
        assertThat(reply.json().get("obligation").asString()).isEqualTo(obligation);
    }
}
