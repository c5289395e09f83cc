package id.go.spbe.network.site;

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

import java.util.List;
import java.util.Map;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.assertRuleViolation;
import static id.go.spbe.network.NetworkTestSupport.assertSchemaValid;
import static id.go.spbe.network.NetworkTestSupport.assertStatus;
import static id.go.spbe.network.NetworkTestSupport.auditor;
import static id.go.spbe.network.NetworkTestSupport.awaitEvent;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/** N1: sites per OPD with their upstream interconnections; Dinas records them, OPDs read their own. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class SiteIntegrationTest {

    static final String PATH = "/api/v1/sites";
    static final String TOPIC = "spbe.network.site.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    @Test
    void dinasRegistersSitesOfAnOpdWithUpstreamInterconnections_N1() {
        String opd = registerOpd(mongo, newOpd(), "Dinas Kominfo Uji");
        TestHttp.Reply created = http.post(PATH).auth(admin()).json(Map.of("opd", opd, "name", "Kantor Pusat",
                "address", "Jl. Merdeka 1", "latitude", -3.47, "longitude", 102.52, "uplinks",
                List.of(Map.of("network", "PROVINCIAL", "provider", "Telkom", "bandwidthMbps", 200),
                        Map.of("network", "NATIONAL", "provider", "Lintasarta", "circuitId", "JIP-7")))).send();
        assertStatus(created, 201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(created.json().get("uplinks")).hasSize(2);
        JsonNode event = awaitEvent(TOPIC, id, "id.go.spbe.site.registered.v1", id);
        assertThat(event.get("opd").asString()).isEqualTo(opd);
        assertSchemaValid(event, "site-registered.v1");

        TestHttp.Reply second = http.post(PATH).auth(admin()).json(Map.of("opd", opd, "name", "UPTD Lab")).send();
        assertStatus(second, 201);
        TestHttp.Reply mine = http.get(PATH).auth(operator(opd)).send();
        assertThat(mine.json().get("totalItems").asInt()).isEqualTo(2);

        TestHttp.Reply stale = http.put(PATH + "/" + id).auth(admin()).header("If-Match", "\"7\"")
                .json(Map.of("name", "Kantor Pusat Baru")).send();
        assertStatus(stale, 412);
        TestHttp.Reply updated = http.put(PATH + "/" + id).auth(admin()).header("If-Match", "\"0\"")
                .json(Map.of("name", "Kantor Pusat Baru")).send();
        assertStatus(updated, 200);
        assertThat(updated.json().get("uplinks")).isEmpty();
        assertSchemaValid(awaitEvent(TOPIC, id, "id.go.spbe.site.updated.v1", "Kantor Pusat Baru"),
                "site-updated.v1");
        JsonNode history = http.get(PATH + "/" + id + "/history").auth(auditor()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries")).hasSize(2);
    }

    @Test
    void sitesMirrorTheOpdTreeOfTheDirectory_N1() {
        String dinkes = registerOpd(mongo, newOpd(), "Dinas Kesehatan Pohon");
        String puskesmas = registerOpd(mongo, newOpd(), "Puskesmas Pohon", dinkes);
        String pustu = registerOpd(mongo, newOpd(), "Pustu Pohon", puskesmas);
        for (String opd : List.of(dinkes, puskesmas, pustu)) {
            assertStatus(http.post(PATH).auth(admin()).json(Map.of("opd", opd, "name", "Kantor " + opd)).send(), 201);
        }
        JsonNode tree = http.get(PATH + "?opd=" + dinkes + "&includeSubUnits=true&sort=name").auth(admin()).send()
                .json();
        assertThat(tree.get("totalItems").asInt()).isEqualTo(3);
        JsonNode own = http.get(PATH + "?opd=" + puskesmas).auth(admin()).send().json().get("items");
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("parentOpd").asString()).isEqualTo(dinkes);
        assertThat(http.get(PATH + "?opd=" + dinkes + "&includeSubUnits=true").auth(operator(dinkes)).send().json()
                .get("totalItems").asInt()).as("sub-units are OPDs of their own: not the parent's to see")
                .isEqualTo(1);
    }

    @Test
    void onlyDinasRecordsSitesAndOthersSeeOnlyTheirOwn_N2() {
        String opd = registerOpd(mongo, newOpd(), "Badan Uji");
        String other = registerOpd(mongo, newOpd(), "Kantor Uji");
        assertStatus(http.post(PATH).auth(operator(opd)).json(Map.of("opd", opd, "name", "x")).send(), 403);
        assertRuleViolation(http.post(PATH).auth(admin()).json(Map.of("opd", "TIDAKADA", "name", "x")).send(), "G1");
        assertRuleViolation(http.post(PATH).auth(admin()).json(Map.of("opd", opd, "name", "x", "latitude", 1.0))
                .send(), "N1");
        String id = http.post(PATH).auth(admin()).json(Map.of("opd", opd, "name", "Kantor")).send().json()
                .get("id").asString();
        assertStatus(http.get(PATH + "/" + id).auth(operator(other)).send(), 404);
        assertStatus(http.get(PATH + "/" + id).auth(operator(opd)).send(), 200);
        assertStatus(http.get(PATH + "?opd=" + opd).auth(operator(other)).send(), 403);
        assertStatus(http.put(PATH + "/" + id).auth(operator(opd)).json(Map.of("name", "y")).send(), 403);
    }

    @Test
    void theSiteListExportsAsCsvWithUplinksScopedLikeTheList_N1() {
        String opd = registerOpd(mongo, newOpd(), "Dinas CSV Lokasi");
        String other = registerOpd(mongo, newOpd(), "Dinas CSV Lain");
        String id = http.post(PATH).auth(admin()).json(Map.of("opd", opd, "name", "=Kantor, Pusat", "address",
                "Jl. Merdeka 1", "latitude", -3.47, "longitude", 102.52, "uplinks",
                List.of(Map.of("network", "PROVINCIAL", "provider", "Telkom", "bandwidthMbps", 200),
                        Map.of("network", "NATIONAL", "provider", "Lintasarta", "circuitId", "JIP-7")))).send()
                .json().get("id").asString();
        String othersSite = http.post(PATH).auth(admin()).json(Map.of("opd", other, "name", "Kantor Lain CSV"))
                .send().json().get("id").asString();

        TestHttp.Reply csv = http.get(PATH + "/export.csv").auth(operator(opd)).send();
        assertStatus(csv, 200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("lokasi-jaringan.csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("id,opd,name,address,latitude,longitude,uplinks,registeredAt,updatedAt");
        // the name's leading '=' is defused and its comma quoted; both interconnections in one cell
        assertThat(lines.get(1)).startsWith(id + "," + opd + ",\"'=Kantor, Pusat\",Jl. Merdeka 1,-3.47,102.52,"
                + "PROVINCIAL Telkom 200Mbps; NATIONAL Lintasarta JIP-7,");
        // scoped like the list: the operator gets no other OPD's site, nor may name that OPD
        assertThat(csv.text()).doesNotContain(othersSite);
        assertStatus(http.get(PATH + "/export.csv?opd=" + other).auth(operator(opd)).send(), 403);
        assertThat(http.get(PATH + "/export.csv").auth(admin()).send().text()).contains(id, othersSite);
        assertThat(http.get(PATH + "/export.csv?opd=" + other).auth(auditor()).send().text().lines())
                .hasSize(2).noneMatch(line -> line.contains(id));
    }
}
