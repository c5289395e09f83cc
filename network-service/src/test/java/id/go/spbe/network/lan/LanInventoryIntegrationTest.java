package id.go.spbe.network.lan;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.assertRuleViolation;
import static id.go.spbe.network.NetworkTestSupport.assertSchemaValid;
import static id.go.spbe.network.NetworkTestSupport.assertStatus;
import static id.go.spbe.network.NetworkTestSupport.awaitEvent;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/** The LAN inventory over HTTP (N3, N9): records, refusals, the event, the history and the end-of-life view. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class LanInventoryIntegrationTest {

    static final String TOPIC = "spbe.network.lan.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;
    String opd;
    String base;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        opd = registerOpd(mongo, newOpd(), "Dinas Pendidikan Uji");
        base = "/api/v1/lans/" + opd;
    }

    TestHttp.Reply post(String path, Object body) {
        return http.post(base + path).auth(admin()).json(body).send();
    }

    String device(String name, String kind, List<Map<String, Object>> ports) {
        TestHttp.Reply reply = post("/devices", Map.of("name", name, "kind", kind, "interfaces", ports));
        assertStatus(reply, 201);
        return reply.json().get("id").asString();
    }

    static Map<String, Object> port(String name) {
        return Map.of("name", name);
    }

    static Map<String, Object> end(String deviceId, String port) {
        return Map.of("deviceId", deviceId, "interfaceName", port);
    }

    @Test
    void aLanIsRecordedDeviceByDeviceAndEveryChangeIsPublishedAndChained_N3_SEC1() {
        assertStatus(post("/vlans", Map.of("vid", 10, "name", "Staf")), 201);
        String router = device("rtr-1", "ROUTER", List.of(port("ge0"), port("ge1")));
        String sw = device("sw-1", "SWITCH", List.of(Map.of("name", "p1", "untaggedVlan", 10), port("p2")));
        TestHttp.Reply cable = post("/cables", Map.of("a", end(router, "ge1"), "b", end(sw, "p1"), "medium", "FIBER"));
        assertStatus(cable, 201);
        assertThat(cable.header("Location")).startsWith(base + "/cables/");
        assertStatus(post("/prefixes", Map.of("cidr", "10.77.0.0/16", "vlan", 10)), 201);
        TestHttp.Reply address = post("/addresses", Map.of("address", "10.77.0.1", "deviceId", router,
                "interfaceName", "ge1"));
        assertStatus(address, 201);
        assertThat(address.json().get("prefix").asString()).isEqualTo("10.77.0.0/16");

        TestHttp.Reply lan = http.get(base).auth(operator(opd)).send();
        assertStatus(lan, 200);
        JsonNode body = lan.json();
        assertThat(body.get("opdName").asString()).isEqualTo("Dinas Pendidikan Uji");
        assertThat(body.get("devices")).hasSize(2);
        assertThat(body.get("cables")).hasSize(1);
        assertThat(body.get("revision").asLong()).isEqualTo(6);
        assertThat(lan.header("ETag")).isEqualTo("\"6\"");

        JsonNode event = awaitEvent(TOPIC, opd, "id.go.spbe.lan.changed.v1", "CABLE_CONNECTED");
        assertThat(event.get("opd").asString()).isEqualTo(opd);
        assertThat(event.get("data").get("steward").asString()).isEqualTo("DINAS");
        assertThat(event.get("data").get("devices").asInt()).isEqualTo(2);
        assertSchemaValid(event, "lan-changed.v1");

        TestHttp.Reply history = http.get(base + "/history").auth(admin()).send();
        assertStatus(history, 200);
        assertThat(history.json().get("intact").asBoolean()).isTrue();
        assertThat(history.json().get("entries")).hasSize(6);
        assertThat(history.json().get("entries").get(0).get("actor").asString()).isEqualTo("admin.dinas");
    }

    @Test
    void linksThatAreNotLanCablesAreRefusedNamingTheInterface_N3() {
        String router = device("rtr-1", "ROUTER", List.of(port("ge0"), port("ge1")));
        String sw = device("sw-1", "SWITCH", List.of(port("p1")));

        TestHttp.Reply unknown = post("/cables", Map.of("a", end(router, "ge0"), "b", end(sw, "p7")));
        assertRuleViolation(unknown, "N3");
        assertThat(unknown.json().get("detail").asString()).contains("'p7'").contains("sw-1");
        assertRuleViolation(post("/cables", Map.of("a", end(router, "ge0"), "b", end(router, "ge0"))), "N3");
        assertStatus(post("/cables", Map.of("a", end(router, "ge0"), "b", end(sw, "p1"))), 201);
        TestHttp.Reply twice = post("/cables", Map.of("a", end(router, "ge1"), "b", end(sw, "p1")));
        assertStatus(twice, 409);
        assertThat(twice.json().get("detail").asString()).contains("sw-1:p1");

        String otherOpd = registerOpd(mongo, newOpd(), "Dinas Sebelah");
        TestHttp.Reply foreign = http.post("/api/v1/lans/" + otherOpd + "/devices").auth(admin())
                .json(Map.of("name", "sw-x", "kind", "SWITCH", "interfaces", List.of(port("p1")))).send();
        String foreignId = foreign.json().get("id").asString();
        TestHttp.Reply across = post("/cables", Map.of("a", end(router, "ge1"), "b", end(foreignId, "p1")));
        assertRuleViolation(across, "N2");
        assertThat(across.json().get("detail").asString()).contains("LAN OPD lain");
    }

    @Test
    void prefixesAndAddressesAreCheckedAcrossTheRegion_N3() {
        String otherOpd = registerOpd(mongo, newOpd(), "Dinas Sebelah");
        assertStatus(http.post("/api/v1/lans/" + otherOpd + "/prefixes").auth(admin())
                .json(Map.of("cidr", "172.23.0.0/16")).send(), 201);

        TestHttp.Reply overlap = post("/prefixes", Map.of("cidr", "172.23.4.0/24"));
        assertRuleViolation(overlap, "N3");
        assertThat(overlap.json().get("detail").asString()).contains(otherOpd);
        TestHttp.Reply bad = post("/prefixes", Map.of("cidr", "172.23.4.0/33"));
        assertStatus(bad, 400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("cidr");
        assertStatus(post("/prefixes", Map.of("cidr", "172.24.0.0/16")), 201);
        assertStatus(post("/prefixes", Map.of("cidr", "172.24.0.0/16")), 409);
        assertRuleViolation(post("/addresses", Map.of("address", "172.25.0.9")), "N3");
        TestHttp.Reply badAddress = post("/addresses", Map.of("address", "172.24.0.999"));
        assertStatus(badAddress, 400);
        assertThat(badAddress.json().get("errors").get(0).get("field").asString()).isEqualTo("address");
        assertStatus(post("/addresses", Map.of("address", "172.24.0.9")), 201);
    }

    @Test
    void aStaleIfMatchIsRefusedAndTheCurrentOneAccepted() {
        assertStatus(http.post(base + "/vlans").auth(admin()).header("If-Match", "\"0\"")
                .json(Map.of("vid", 20, "name", "Tamu")).send(), 201);
        assertStatus(http.post(base + "/vlans").auth(admin()).header("If-Match", "\"0\"")
                .json(Map.of("vid", 30, "name", "CCTV")).send(), 412);
        TestHttp.Reply ok = http.post(base + "/vlans").auth(admin()).header("If-Match", "\"1\"")
                .json(Map.of("vid", 30, "name", "CCTV")).send();
        assertStatus(ok, 201);
        assertThat(ok.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void theEndOfLifeViewListsWhatIsPastOrDueWithinTheWindow_N9() {
        LocalDate today = LocalDate.now();
        Map<String, Object> old = new HashMap<>(Map.of("name", "fw-lama", "kind", "FIREWALL",
                "hardwareEndOfLife", today.minusDays(3).toString(), "internetFacing", true));
        Map<String, Object> soon = new HashMap<>(Map.of("name", "sw-segera", "kind", "SWITCH",
                "softwareName", "RouterOS", "softwareVersion", "6.49", "softwareEndOfLife",
                today.plusMonths(5).toString()));
        Map<String, Object> later = new HashMap<>(Map.of("name", "sw-baru", "kind", "SWITCH",
                "hardwareEndOfLife", today.plusYears(4).toString()));
        for (Map<String, Object> body : List.of(old, soon, later)) {
            assertStatus(post("/devices", body), 201);
        }
        TestHttp.Reply eol = http.get("/api/v1/lan-devices/end-of-life?opd=" + opd + "&withinMonths=6")
                .auth(operator(opd)).send();
        assertStatus(eol, 200);
        JsonNode items = eol.json().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("device").get("name").asString()).isEqualTo("fw-lama");
        assertThat(items.get(0).get("hardware").asString()).isEqualTo("PAST");
        assertThat(items.get(1).get("software").asString()).isEqualTo("WITHIN_WINDOW");
        assertThat(http.get("/api/v1/lan-devices/end-of-life?opd=" + opd + "&withinMonths=2").auth(admin()).send()
                .json().get("items")).hasSize(1);
        assertStatus(http.get("/api/v1/lan-devices/end-of-life?withinMonths=500").auth(admin()).send(), 400);

        TestHttp.Reply csv = http.get("/api/v1/lan-devices/export.csv?opd=" + opd).auth(operator(opd)).send();
        assertStatus(csv, 200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains("perangkat-lan.csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("opd,id,name,kind");
        assertThat(csv.text()).contains("fw-lama,FIREWALL").contains(today.minusDays(3).toString());
        assertStatus(http.get("/api/v1/lan-devices/export.csv?opd=" + opd).auth(operator(newOpd())).send(), 403);

        TestHttp.Reply security = http.get("/api/v1/lan-devices?opd=" + opd + "&security=true").auth(admin()).send();
        assertThat(security.json().get("items")).hasSize(1);
        assertThat(security.json().get("items").get(0).get("device").get("internetFacing").asBoolean()).isTrue();
    }

    @Test
    void theOpdAcknowledgesTheByodPolicy_N9() {
        TestHttp.Reply ack = http.post(base + "/byod-acknowledgement").auth(operator(opd))
                .json(Map.of("policyReference", "Perbup 12/2025 v2")).send();
        assertStatus(ack, 200);
        assertThat(ack.json().get("acknowledgedBy").asString()).isEqualTo("operator." + opd.toLowerCase());
        JsonNode line = http.get("/api/v1/lans?opd=" + opd).auth(admin()).send().json().get("items").get(0);
        assertThat(line.get("byodAcknowledged").asBoolean()).isTrue();
        assertSchemaValid(awaitEvent(TOPIC, opd, "id.go.spbe.lan.changed.v1", "BYOD_ACKNOWLEDGED"),
                "lan-changed.v1");
    }
}
