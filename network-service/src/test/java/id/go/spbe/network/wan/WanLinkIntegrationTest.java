package id.go.spbe.network.wan;

import id.go.spbe.platform.profile.RegionProfile;
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
import java.util.UUID;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.assertRuleViolation;
import static id.go.spbe.network.NetworkTestSupport.assertSchemaValid;
import static id.go.spbe.network.NetworkTestSupport.assertStatus;
import static id.go.spbe.network.NetworkTestSupport.awaitEvent;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static id.go.spbe.network.NetworkTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

/** N2: WAN circuits, recorded by Dinas only, down to the OPD router and port; circuit ids unique per provider. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class WanLinkIntegrationTest {

    static final String PATH = "/api/v1/wan-links";
    static final String TOPIC = "spbe.network.wan-link.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    RegionProfile region;

    TestHttp http;
    String hubOpd;
    String opd;
    String hubSite;
    String opdSite;
    String router;
    String sw;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        hubOpd = registerOpd(mongo, newOpd(), "Dinas Kominfo Uji");
        opd = registerOpd(mongo, newOpd(), "Dinas Kesehatan Uji");
        hubSite = site(hubOpd, "NOC Kominfo");
        opdSite = site(opd, "Kantor Dinkes");
        router = device(opd, "rtr-dinkes", "ROUTER");
        sw = device(opd, "sw-dinkes", "SWITCH");
    }

    String site(String opdCode, String name) {
        return http.post("/api/v1/sites").auth(admin()).json(Map.of("opd", opdCode, "name", name)).send().json()
                .get("id").asString();
    }

    String device(String opdCode, String name, String kind) {
        TestHttp.Reply reply = http.post("/api/v1/lans/" + opdCode + "/devices").auth(admin())
                .json(Map.of("name", name, "kind", kind, "interfaces", List.of(Map.of("name", "wan0"),
                        Map.of("name", "wan1")))).send();
        assertStatus(reply, 201);
        return reply.json().get("id").asString();
    }

    Map<String, Object> link(String provider, String circuit, Map<String, Object> bEnd) {
        Map<String, Object> body = new HashMap<>();
        body.put("provider", provider);
        body.put("circuitId", circuit);
        body.put("medium", "FIBER");
        body.put("bandwidthDownMbps", 100);
        body.put("contract", Map.of("number", "KTR-01/2026", "startDate", "2026-01-01", "endDate", "2026-12-31"));
        body.put("sla", Map.of("availabilityPercent", 99.5, "maxRepairHours", 4));
        body.put("aEnd", Map.of("siteId", hubSite));
        body.put("bEnd", bEnd);
        return body;
    }

    static String circuit() {
        return "CIR-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void dinasRecordsACircuitDownToTheOpdRouterPort_N2() {
        String circuit = circuit();
        TestHttp.Reply created = http.post(PATH).auth(admin()).json(link("Telkom Indonesia", circuit,
                Map.of("siteId", opdSite, "deviceId", router, "interfaceName", "wan0"))).send();
        assertStatus(created, 201);
        JsonNode body = created.json();
        assertThat(body.get("bEnd").get("opd").asString()).isEqualTo(opd);
        assertThat(body.get("bEnd").get("interfaceName").asString()).isEqualTo("wan0");
        assertThat(body.get("sla").get("availabilityPercent").asDouble()).isEqualTo(99.5);
        String id = body.get("id").asString();
        JsonNode event = awaitEvent(TOPIC, id, "id.go.spbe.wan-link.changed.v1", "REGISTERED");
        assertThat(event.get("opd").asString()).isEqualTo(opd);
        // the ports travel with the state (and so into the history a past year's drawing reads, N8)
        assertThat(event.get("data").get("bDeviceId").asString()).isEqualTo(router);
        assertThat(event.get("data").get("bInterfaceName").asString()).isEqualTo("wan0");
        JsonNode noPort = event.get("data").path("aInterfaceName");
        assertThat(noPort.isNull() || noPort.isMissingNode()).as("the a end stops at the site").isTrue();
        assertSchemaValid(event, "wan-link-changed.v1");

        assertStatus(http.get(PATH + "/" + id).auth(operator(opd)).send(), 200);
        assertStatus(http.get(PATH + "/" + id).auth(operator(registerOpd(mongo, newOpd(), "Lain"))).send(), 404);
        assertThat(http.get(PATH).auth(operator(opd)).send().json().get("totalItems").asInt()).isEqualTo(1);

        TestHttp.Reply dropPort = http.put("/api/v1/lans/" + opd + "/devices/" + router).auth(admin())
                .json(Map.of("name", "rtr-dinkes", "kind", "ROUTER", "interfaces", List.of(Map.of("name", "wan1"))))
                .send();
        assertStatus(dropPort, 409);
        assertThat(dropPort.json().get("detail").asString()).contains("rtr-dinkes:wan0").contains(circuit);
        assertStatus(http.delete("/api/v1/lans/" + opd + "/devices/" + router).auth(admin()).send(), 409);

        TestHttp.Reply decommissioned = http.post(PATH + "/" + id + "/decommission").auth(admin())
                .header("If-Match", "\"0\"").json(Map.of("reason", "Diganti radio")).send();
        assertStatus(decommissioned, 200);
        assertThat(decommissioned.json().get("status").asString()).isEqualTo("DECOMMISSIONED");
        assertSchemaValid(awaitEvent(TOPIC, id, "id.go.spbe.wan-link.changed.v1", "DECOMMISSIONED"),
                "wan-link-changed.v1");
        assertStatus(http.post(PATH + "/" + id + "/decommission").auth(admin())
                .json(Map.of("reason", "lagi")).send(), 409);
        assertThat(http.get(PATH + "/" + id + "/history").auth(admin()).send().json().get("entries")).hasSize(2);
        assertStatus(http.delete("/api/v1/lans/" + opd + "/devices/" + router).auth(admin()).send(), 204);
    }

    @Test
    void aDecommissionedCircuitKeepsItsReasonDateAndHistoryButLeavesTheActiveInventory_N2() {
        String circuit = circuit();
        String id = http.post(PATH).auth(admin()).json(link("Lintasarta", circuit, Map.of("siteId", opdSite)))
                .send().json().get("id").asString();
        String decommission = PATH + "/" + id + "/decommission";
        LocalDate today = today(clock, region);

        TestHttp.Reply future = http.post(decommission).auth(admin())
                .json(Map.of("reason", "Kontrak habis", "decommissionedOn", today.plusDays(1).toString())).send();
        assertRuleViolation(future, "N2");
        assertThat(future.json().get("detail").asString()).contains("decommissionedOn", "belum tiba");
        TestHttp.Reply beforeContract = http.post(decommission).auth(admin())
                .json(Map.of("reason", "Kontrak habis", "decommissionedOn", "2025-12-31")).send();
        assertRuleViolation(beforeContract, "N2");
        assertThat(beforeContract.json().get("detail").asString()).contains("2026-01-01");
        TestHttp.Reply notADate = http.post(decommission).auth(admin())
                .json(Map.of("reason", "Kontrak habis", "decommissionedOn", "kemarin")).send();
        assertStatus(notADate, 400);
        assertThat(notADate.text()).contains("decommissionedOn");
        assertStatus(http.post(decommission).auth(operator(opd)).json(Map.of("reason", "x")).send(), 403);

        TestHttp.Reply done = http.post(decommission).auth(admin()).header("If-Match", "\"0\"")
                .json(Map.of("reason", "Dipindah ke jaringan provinsi", "decommissionedOn",
                        today.minusDays(1).toString())).send();
        assertStatus(done, 200);
        assertThat(done.json().get("decommissionedOn").asString()).isEqualTo(today.minusDays(1).toString());
        assertThat(done.json().get("decommissionReason").asString()).isEqualTo("Dipindah ke jaringan provinsi");
        JsonNode event = awaitEvent(TOPIC, id, "id.go.spbe.wan-link.changed.v1", "DECOMMISSIONED");
        assertSchemaValid(event, "wan-link-changed.v1");
        assertThat(event.get("data").get("decommissionedOn").asString()).isEqualTo(today.minusDays(1).toString());
        assertThat(event.get("data").get("decommissionReason").asString()).isEqualTo("Dipindah ke jaringan provinsi");

        // out of the active inventory and the drawing, still in the register and its history
        assertThat(http.get(PATH + "?opd=" + opd + "&status=ACTIVE").auth(admin()).send().json().get("items"))
                .noneSatisfy(l -> assertThat(l.get("id").asString()).isEqualTo(id));
        assertThat(http.get(PATH + "?opd=" + opd + "&status=DECOMMISSIONED").auth(operator(opd)).send().json()
                .get("items")).anySatisfy(l -> assertThat(l.get("id").asString()).isEqualTo(id));
        assertThat(http.get("/api/v1/topology/wan?opd=" + opd).auth(admin()).send().text()).doesNotContain(circuit);
        JsonNode history = http.get(PATH + "/" + id + "/history").auth(operator(opd)).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries")).hasSize(2);
        // a date left out is today
        String other = http.post(PATH).auth(admin()).json(link("Lintasarta", circuit(), Map.of("siteId", opdSite)))
                .send().json().get("id").asString();
        assertThat(http.post(PATH + "/" + other + "/decommission").auth(admin()).json(Map.of("reason", "Rusak"))
                .send().json().get("decommissionedOn").asString()).isEqualTo(today.toString());
    }

    @Test
    void theCircuitListExportsAsCsvWithContractSlaAndPortsScopedLikeTheList_N2() {
        String circuit = circuit();
        assertStatus(http.post(PATH).auth(admin()).json(link("=Telkom, Tbk", circuit,
                Map.of("siteId", opdSite, "deviceId", router, "interfaceName", "wan0"))).send(), 201);
        String other = registerOpd(mongo, newOpd(), "Dinas Lain Uji");
        String othersCircuit = circuit();
        assertStatus(http.post(PATH).auth(admin()).json(link("Icon+", othersCircuit,
                Map.of("siteId", site(other, "Kantor Lain")))).send(), 201);

        TestHttp.Reply csv = http.get(PATH + "/export.csv?opd=" + opd).auth(operator(opd)).send();
        assertStatus(csv, 200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("sirkuit-wan.csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines.get(0)).startsWith("id,provider,circuitId,medium,bandwidthDownMbps,");
        assertThat(lines).hasSize(2);
        // the provider's leading '=' is defused and its comma quoted; contract, SLA and the router port are there
        assertThat(lines.get(1)).contains("\"'=Telkom, Tbk\"," + circuit + ",FIBER,100,,KTR-01/2026,2026-01-01,"
                + "2026-12-31,99.5,4," + hubOpd + "," + hubSite + ",,," + opd + "," + opdSite + "," + router
                + ",wan0,ACTIVE,");
        // scoped like the list: the operator does not get the other OPD's circuit, nor may name that OPD
        assertThat(csv.text()).doesNotContain(othersCircuit);
        assertStatus(http.get(PATH + "/export.csv?opd=" + other).auth(operator(opd)).send(), 403);
        assertThat(http.get(PATH + "/export.csv?medium=FIBER").auth(admin()).send().text())
                .contains(circuit, othersCircuit);
        assertThat(http.get(PATH + "/export.csv?opd=" + opd + "&status=DECOMMISSIONED").auth(admin()).send()
                .text().lines()).hasSize(1);
    }

    @Test
    void aCircuitIdIsUniquePerProviderAsAConflict_N2() {
        String circuit = circuit();
        assertStatus(http.post(PATH).auth(admin()).json(link("Telkom Indonesia", circuit,
                Map.of("siteId", opdSite))).send(), 201);
        TestHttp.Reply duplicate = http.post(PATH).auth(admin()).json(link("  telkom   INDONESIA ", circuit,
                Map.of("siteId", opdSite))).send();
        assertStatus(duplicate, 409);
        assertThat(duplicate.json().get("detail").asString()).contains(circuit);
        assertStatus(http.post(PATH).auth(admin()).json(link("Lintasarta", circuit, Map.of("siteId", opdSite)))
                .send(), 201);
    }

    @Test
    void terminationsMustBeARouterPortOfTheSitesOpdAndOnlyDinasWrites_N2() {
        assertStatus(http.post(PATH).auth(operator(opd)).json(link("Telkom", circuit(), Map.of("siteId", opdSite)))
                .send(), 403);
        TestHttp.Reply notRouter = http.post(PATH).auth(admin()).json(link("Telkom", circuit(),
                Map.of("siteId", opdSite, "deviceId", sw, "interfaceName", "wan0"))).send();
        assertRuleViolation(notRouter, "N2");
        assertThat(notRouter.json().get("detail").asString()).contains("bEnd.deviceId");
        TestHttp.Reply noPort = http.post(PATH).auth(admin()).json(link("Telkom", circuit(),
                Map.of("siteId", opdSite, "deviceId", router, "interfaceName", "ge9"))).send();
        assertRuleViolation(noPort, "N2");
        assertThat(noPort.json().get("detail").asString()).contains("'ge9'");
        assertRuleViolation(http.post(PATH).auth(admin()).json(link("Telkom", circuit(),
                Map.of("siteId", "tidak-ada"))).send(), "N2");
        assertRuleViolation(http.post(PATH).auth(admin()).json(link("Telkom", circuit(),
                Map.of("siteId", hubSite))).send(), "N2");
        String hubRouter = device(hubOpd, "rtr-noc", "ROUTER");
        TestHttp.Reply foreignDevice = http.post(PATH).auth(admin()).json(link("Telkom", circuit(),
                Map.of("siteId", opdSite, "deviceId", hubRouter, "interfaceName", "wan0"))).send();
        assertRuleViolation(foreignDevice, "N2");

        assertStatus(http.post(PATH).auth(admin()).json(link("Telkom", circuit(),
                Map.of("siteId", opdSite, "deviceId", router, "interfaceName", "wan1"))).send(), 201);
        TestHttp.Reply samePort = http.post(PATH).auth(admin()).json(link("Icon+", circuit(),
                Map.of("siteId", opdSite, "deviceId", router, "interfaceName", "wan1"))).send();
        assertStatus(samePort, 409);
    }
}
