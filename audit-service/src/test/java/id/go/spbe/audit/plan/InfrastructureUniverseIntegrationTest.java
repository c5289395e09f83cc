package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditObligationEvents;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.audit.support.InventoryEvents;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.audit.support.InventoryEvents.DATA_CENTERS;
import static id.go.spbe.audit.support.InventoryEvents.LANS;
import static id.go.spbe.audit.support.InventoryEvents.SITES;
import static id.go.spbe.audit.support.InventoryEvents.VPS;
import static id.go.spbe.audit.support.InventoryEvents.WAN_LINKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Infrastructure audits (AU4, AU6 in Rejang Lebong: at least once every two years, RL p48, p50) planned from the
 * inventories: datacenter-service's and network-service's own sample events, sent to the real broker, make data
 * centers, the region's WAN and each OPD's LAN objects of the universe, owned by the Dinas (data center, WAN) or the
 * OPD (LAN); redeliveries and late events change nothing, and an object whose source is decommissioned leaves the
 * plan with the reason.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class InfrastructureUniverseIntegrationTest {

    static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();
    static final String DINAS_OPD = "DKISP";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeAll
    static void directoryKnowsTheDinasAndTheOpds() {
        AuditEvents.opdRegistered(DINAS_OPD, "Dinas Komunikasi, Informatika, Statistik dan Persandian", true);
        AuditEvents.opdRegistered("DISHUB", "Dinas Perhubungan", false);
        AuditEvents.opdRegistered("DISPAR", "Dinas Pariwisata", false);
        AuditEvents.opdRegistered("DINKES");
    }

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(DINAS_OPD, org.bson.Document.class,
                "opd_references") != null && mongo.findById("DISPAR", org.bson.Document.class, "opd_references")
                != null);
    }

    static String dinas() {
        return ISSUER.user("admin.dinas").opd(DINAS_OPD).roles("DINAS_ADMIN").bearer();
    }

    static String operator(String opd) {
        return ISSUER.user("operator." + opd.toLowerCase(Locale.ROOT)).opd(opd).roles("OPD_OPERATOR").bearer();
    }

    org.bson.Document obligation(String id) {
        return mongo.findById(id, org.bson.Document.class, "audit_obligations");
    }

    org.bson.Document component(String id) {
        return mongo.findById(id, org.bson.Document.class, "infrastructure_components");
    }

    String statusOf(String obligationId) {
        org.bson.Document o = obligation(obligationId);
        return o == null ? null : o.getString("status");
    }

    List<JsonNode> items(String path, String token, String objectId) {
        TestHttp.Reply reply = http.get(path).auth(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items").valueStream()
                .filter(i -> objectId.equals(i.has("applicationId") ? i.get("applicationId").asString()
                        : i.get("id").asString())).toList();
    }

    static String code() {
        return "PD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String dataCenter(String type, String code, String name, String at) {
        String schema = type.equals("registered") ? "data-center-registered.v1" : "data-center-updated.v1";
        return InventoryEvents.send("datacenter-service", schema, "id.go.spbe.data-center." + type + ".v1",
                DATA_CENTERS, code, null, Map.of("code", code, "name", name, "occurredAt", at));
    }

    static String vps(String type, String vpsId, String dataCenter, String at) {
        return InventoryEvents.envelope("datacenter-service", "vps-" + type + ".v1", "id.go.spbe.vps." + type + ".v1",
                vpsId, "DINKES", Map.of("vpsId", vpsId, "dataCenter", dataCenter, "occurredAt", at));
    }

    static String wanLink(String linkId, String circuit, boolean decommissioned, String at) {
        return InventoryEvents.envelope("network-service", "wan-link-changed.v1", "id.go.spbe.wan-link.changed.v1",
                linkId, "DINKES", Map.of("wanLinkId", linkId, "circuitId", circuit, "occurredAt", at,
                        "change", decommissioned ? "DECOMMISSIONED" : "REGISTERED",
                        "status", decommissioned ? "DECOMMISSIONED" : "ACTIVE"));
    }

    static void lan(String opd, int devices, long revision, String at) {
        InventoryEvents.send("network-service", "lan-changed.v1", "id.go.spbe.lan.changed.v1", LANS, opd, opd,
                Map.of("opdCode", opd, "devices", devices, "inventoryVersion", revision, "occurredAt", at,
                        "change", devices > 0 ? "DEVICE_ADDED" : "DEVICE_REMOVED",
                        "summary", "revisi " + revision + ": " + devices + " perangkat"));
    }

    @Test
    void au4Au6EachDataCenterOwesAnInfrastructureAndASecurityAuditOwnedByTheDinas() {
        String code = code();
        String objectId = "data-center:" + code;
        dataCenter("registered", code, "Pusat Data " + code, "2026-11-30T03:15:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> obligation(objectId + ":KEAMANAN") != null);

        List<JsonNode> plan = items("/api/v1/audit-plan?year=2028&objectKind=DATA_CENTER&size=200", dinas(),
                objectId);
        assertThat(plan).extracting(i -> i.get("obligation").asString()).containsExactlyInAnyOrder("AU4", "AU6");
        assertThat(plan).allSatisfy(i -> {
            assertThat(i.get("kind").asString()).isIn("INFRASTRUKTUR", "KEAMANAN");
            assertThat(i.get("objectKind").asString()).isEqualTo("DATA_CENTER");
            assertThat(i.get("objectType").asString()).isEqualTo("INFRASTRUCTURE");
            assertThat(i.get("source").asString()).isEqualTo("datacenter-service");
            assertThat(i.get("opd").asString()).as("Dinas runs the data center, RL p19(4)").isEqualTo(DINAS_OPD);
            assertThat(i.get("applicationName").asString()).isEqualTo("Pusat Data " + code);
            assertThat(i.get("dueDate").asString()).isEqualTo("2028-11-30");
            assertThat(i.get("neverAudited").asBoolean()).isTrue();
        });
        assertThat(items("/api/v1/audit-plan?year=2028&objectKind=APPLICATION&size=200", dinas(), objectId))
                .isEmpty();
        JsonNode planned = AuditEvents.published(AuditObligationEvents.TOPIC,
                "id.go.spbe.audit-obligation.planned.v1", objectId + ":INFRASTRUKTUR", 1).get(0);
        assertThat(planned.get("objectKind").asString()).isEqualTo("DATA_CENTER");
        assertThat(planned.get("obligation").asString()).isEqualTo("AU4");

        // VPS are in the data center's scope: one active (its activation delivered twice), one whose
        // decommissioning arrived before its activation.
        String hosted = UUID.randomUUID().toString();
        String gone = UUID.randomUUID().toString();
        String activation = vps("activated", hosted, code, "2026-12-01T03:00:00Z");
        TestKafka.send(VPS, hosted, activation);
        TestKafka.send(VPS, hosted, activation);
        TestKafka.send(VPS, gone, vps("decommissioned", gone, code, "2026-12-05T03:00:00Z"));
        TestKafka.send(VPS, gone, vps("activated", gone, code, "2026-12-01T03:00:00Z"));
        dataCenter("updated", code, "Pusat Data Utama " + code, "2026-12-10T03:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> ("Pusat Data Utama " + code).equals(
                obligation(objectId + ":INFRASTRUKTUR").getString("applicationName"))
                && component("vps:" + hosted) != null && component("vps:" + gone) != null);

        JsonNode object = items("/api/v1/audit-plan/objects?objectKind=DATA_CENTER&size=200", dinas(), objectId)
                .get(0);
        assertThat(object.get("objectKind").asString()).isEqualTo("DATA_CENTER");
        assertThat(object.get("source").asString()).isEqualTo("datacenter-service");
        assertThat(object.get("active").asBoolean()).isTrue();
        assertThat(object.get("inScope").asBoolean()).isTrue();
        JsonNode vps = object.get("components").valueStream().filter(c -> c.get("type").asString().equals("VPS"))
                .findFirst().orElseThrow();
        assertThat(vps.get("inUse").asInt()).as("the redelivery counts once").isEqualTo(1);
        assertThat(vps.get("decommissioned").asInt()).as("a late activation revives nothing").isEqualTo(1);
        assertThat(items("/api/v1/audit-plan?year=2028&objectKind=DATA_CENTER&size=200", dinas(), objectId))
                .as("a rename moves nothing").hasSize(2)
                .allSatisfy(i -> assertThat(i.get("dueDate").asString()).isEqualTo("2028-11-30"));

        TestHttp.Reply csv = http.get("/api/v1/audit-plan/export.csv?year=2028&objectKind=DATA_CENTER")
                .auth(dinas()).send();
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.text().lines().filter(l -> l.contains(objectId)).toList()).hasSize(2)
                .allSatisfy(row -> assertThat(row).startsWith("2028-11-30,").contains(",DKISP,")
                        .endsWith(",DATA_CENTER,datacenter-service"));
        assertThat(items("/api/v1/audit-plan/objects?size=200", operator("DINKES"), objectId))
                .as("the Dinas's object is not another OPD's operator's").isEmpty();
        assertThat(http.get("/api/v1/audit-plan/items/" + objectId + ":INFRASTRUKTUR").auth(operator("DINKES"))
                .send().status()).isEqualTo(404);
    }

    @Test
    void au4Au6TheWanIsOneObjectThatLeavesThePlanWithItsLastCircuitAndComesBackWithANewOne() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        TestKafka.send(WAN_LINKS, first, wanLink(first, "FO-1", false, "2026-03-06T02:00:00Z"));
        String secondRegistered = wanLink(second, "FO-2", false, "2026-03-07T02:00:00Z");
        TestKafka.send(WAN_LINKS, second, secondRegistered);
        await().atMost(Duration.ofSeconds(30)).until(() -> component("wan-link:" + second) != null
                && "ACTIVE".equals(statusOf("wan:INFRASTRUKTUR")));
        assertThat(obligation("wan:KEAMANAN").getString("opd")).as("Dinas runs the WAN, RL p23(6)a")
                .isEqualTo(DINAS_OPD);

        TestKafka.send(WAN_LINKS, first, wanLink(first, "FO-1", true, "2026-05-01T02:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> component("wan-link:" + first).getBoolean(
                "decommissioned"));
        assertThat(statusOf("wan:INFRASTRUKTUR")).as("one circuit is left").isEqualTo("ACTIVE");

        TestKafka.send(WAN_LINKS, second, wanLink(second, "FO-2", true, "2026-06-01T02:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RETIRED".equals(statusOf("wan:INFRASTRUKTUR"))
                && "RETIRED".equals(statusOf("wan:KEAMANAN")));
        assertThat(obligation("wan:INFRASTRUKTUR").getString("closedReason")).contains("FO-2");
        assertThat(items("/api/v1/audit-plan?year=2028&objectKind=WAN&size=200", dinas(), "wan")).isEmpty();
        JsonNode closed = AuditEvents.published(AuditObligationEvents.TOPIC, "id.go.spbe.audit-obligation.closed.v1",
                "wan:INFRASTRUKTUR", 1).get(0);
        assertThat(closed.get("status").asString()).isEqualTo("RETIRED");
        assertThat(closed.get("closedOn").asString()).isEqualTo("2026-06-01");
        assertThat(closed.get("reason").asString()).contains("Tidak ada lagi sirkuit WAN aktif");

        TestKafka.send(WAN_LINKS, second, secondRegistered); // redelivered late: the circuit stays decommissioned
        String third = UUID.randomUUID().toString();
        TestKafka.send(WAN_LINKS, third, wanLink(third, "FO-3", false, "2026-09-01T02:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(statusOf("wan:INFRASTRUKTUR")));
        assertThat(component("wan-link:" + second).getBoolean("decommissioned")).isTrue();
        List<JsonNode> plan = items("/api/v1/audit-plan?year=2028&objectKind=WAN&size=200", dinas(), "wan");
        assertThat(plan).hasSize(2).allSatisfy(i -> {
            assertThat(i.get("dueDate").asString()).as("never audited: a cycle from its return").isEqualTo(
                    "2028-09-01");
            assertThat(i.get("source").asString()).isEqualTo("network-service");
            assertThat(i.get("closedReason").isNull()).isTrue();
        });
        JsonNode wan = items("/api/v1/audit-plan/objects?objectKind=WAN", dinas(), "wan").get(0);
        assertThat(wan.get("name").asString()).isEqualTo("Jaringan Antar OPD (WAN) Kabupaten Rejang Lebong");
        assertThat(wan.get("components").get(0).get("inUse").asInt()).isEqualTo(1);
        assertThat(wan.get("components").get(0).get("decommissioned").asInt()).isEqualTo(2);
        TestHttp.Reply history = http.get("/api/v1/audit-plan/items/wan:INFRASTRUKTUR/history").auth(dinas()).send();
        assertThat(history.json().get("intact").asBoolean()).isTrue();
        assertThat(history.json().get("entries").valueStream().map(e -> e.get("action").asString())).containsExactly(
                "id.go.spbe.audit-obligation.planned.v1", "id.go.spbe.audit-obligation.closed.v1",
                "id.go.spbe.audit-obligation.rescheduled.v1");
    }

    @Test
    void au4EachOpdsLanIsAnObjectOfThatOpdOrderedByItsInventoryRevision() {
        lan("DISHUB", 0, 2, "2026-03-08T02:00:00Z");
        lan("DISHUB", 3, 1, "2026-03-07T02:00:00Z"); // late: revision 1 is older than 2
        await().atMost(Duration.ofSeconds(30)).until(() -> component("lan-inventory:DISHUB") != null);
        lan("DISHUB", 2, 3, "2026-03-09T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> obligation("lan:DISHUB:KEAMANAN") != null);
        assertThat(items("/api/v1/audit-plan?year=2028&objectKind=LAN&size=200", dinas(), "lan:DISHUB"))
                .as("joined with revision 3").hasSize(2)
                .allSatisfy(i -> assertThat(i.get("dueDate").asString()).isEqualTo("2028-03-09"));

        InventoryEvents.send("network-service", "site-registered.v1", "id.go.spbe.site.registered.v1", SITES,
                "site-dishub", "DISHUB", Map.of("siteId", UUID.randomUUID().toString(), "opdCode", "DISHUB",
                        "occurredAt", "2026-03-10T02:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(org.springframework.data.mongodb.core.query
                .Query.query(org.springframework.data.mongodb.core.query.Criteria.where("objectId").is("lan:DISHUB")
                        .and("type").is("SITE")), "infrastructure_components"));
        lan("DISHUB", 0, 4, "2026-03-11T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> component("lan-inventory:DISHUB").getLong("revision")
                == 4L);
        assertThat(statusOf("lan:DISHUB:INFRASTRUKTUR")).as("its site keeps the LAN in the universe")
                .isEqualTo("ACTIVE");

        JsonNode own = items("/api/v1/audit-plan/objects?objectKind=LAN", operator("DISHUB"), "lan:DISHUB").get(0);
        assertThat(own.get("name").asString()).isEqualTo("Jaringan Intra OPD (LAN) Dinas Perhubungan");
        assertThat(own.get("opd").asString()).isEqualTo("DISHUB");
        assertThat(own.get("source").asString()).isEqualTo("network-service");
        assertThat(items("/api/v1/audit-plan?year=2028&size=200", operator("DISHUB"), "lan:DISHUB")).hasSize(2);
        assertThat(http.get("/api/v1/audit-plan/items/lan:DISHUB:INFRASTRUKTUR").auth(operator("DINKES")).send()
                .status()).isEqualTo(404);

        lan("DISPAR", 1, 1, "2026-04-01T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(statusOf("lan:DISPAR:INFRASTRUKTUR")));
        lan("DISPAR", 0, 2, "2026-04-20T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> "RETIRED".equals(statusOf("lan:DISPAR:INFRASTRUKTUR")));
        assertThat(obligation("lan:DISPAR:KEAMANAN").getString("closedReason")).startsWith("Inventaris LAN")
                .contains("revisi 2");
        JsonNode retired = items("/api/v1/audit-plan/objects?objectKind=LAN&active=false", dinas(), "lan:DISPAR")
                .get(0);
        assertThat(retired.get("retiredOn").asString()).isEqualTo("2026-04-20");
        assertThat(retired.get("inScope").asBoolean()).isFalse();
        assertThat(retired.get("obligations").get(0).get("closedReason").asString()).startsWith("Inventaris LAN");
    }
}
