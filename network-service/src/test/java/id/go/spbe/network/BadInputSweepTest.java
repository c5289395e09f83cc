package id.go.spbe.network;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never gives a 5xx: per writing endpoint of every controller family (sites, WAN links, LAN, topology
 * reads), malformed JSON and wrong types are 400 naming the field, a wrong media type 415, bad query parameters
 * 400 naming them.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class BadInputSweepTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    record Case(String path, String body, int status, String field) {
    }

    @Test
    void badBodiesAndParametersAreProblemsNamingTheField() {
        TestHttp http = TestHttp.onPort(port);
        String opd = registerOpd(mongo, newOpd(), "Dinas Sapu Bersih");
        String lan = "/api/v1/lans/" + opd;
        List<Case> cases = List.of(
                new Case("/api/v1/sites", "{", 400, null),
                new Case("/api/v1/sites", "{\"name\":\"x\"}", 400, "opd"),
                new Case("/api/v1/sites", "{\"opd\":\"" + opd + "\",\"name\":\"x\",\"latitude\":\"utara\"}", 400,
                        "latitude"),
                new Case("/api/v1/sites", "{\"opd\":\"" + opd + "\",\"name\":\"x\",\"latitude\":91,\"longitude\":1}",
                        400, "latitude"),
                new Case("/api/v1/sites", "{\"opd\":\"" + opd + "\",\"name\":\"x\",\"uplinks\":[{\"network\":\"MARS\"}]}",
                        400, "uplinks[0].network"),
                new Case("/api/v1/wan-links", "[]", 400, null),
                new Case("/api/v1/wan-links", "{\"provider\":\"T\",\"circuitId\":\"C\",\"medium\":\"FIBER\","
                        + "\"bandwidthDownMbps\":0,\"aEnd\":{\"siteId\":\"a\"},\"bEnd\":{\"siteId\":\"b\"}}", 400,
                        "bandwidthDownMbps"),
                new Case("/api/v1/wan-links", "{\"provider\":\"T\",\"circuitId\":\"C\",\"medium\":\"KABEL\","
                        + "\"bandwidthDownMbps\":10,\"aEnd\":{\"siteId\":\"a\"},\"bEnd\":{\"siteId\":\"b\"}}", 400,
                        "medium"),
                new Case("/api/v1/wan-links", "{\"provider\":\"T\",\"circuitId\":\"C\",\"medium\":\"FIBER\","
                        + "\"bandwidthDownMbps\":10,\"aEnd\":{\"siteId\":\"a\"}}", 400, "bEnd"),
                new Case(lan + "/devices", "{\"name\":\"x\",\"kind\":\"TOASTER\"}", 400, "kind"),
                new Case(lan + "/devices", "{\"name\":\"x\",\"kind\":\"SWITCH\",\"hardwareEndOfLife\":\"besok\"}",
                        400, "hardwareEndOfLife"),
                new Case(lan + "/devices", "{\"name\":\"x\",\"kind\":\"SWITCH\",\"interfaces\":[{\"name\":\"p1\"},"
                        + "{\"name\":\"p1\"}]}", 400, "interfaces"),
                new Case(lan + "/devices", "{\"name\":\"x\",\"kind\":\"SWITCH\",\"interfaces\":[{\"name\":\"p1\","
                        + "\"untaggedVlan\":5000}]}", 400, "interfaces[0].untaggedVlan"),
                new Case(lan + "/cables", "{\"a\":{\"deviceId\":\"d\"},\"b\":{\"deviceId\":\"e\",\"interfaceName\":\"p\"}}",
                        400, "a.interfaceName"),
                new Case(lan + "/vlans", "{\"vid\":0,\"name\":\"x\"}", 400, "vid"),
                new Case(lan + "/prefixes", "{\"cidr\":\"10.0.0.0/40\"}", 400, "cidr"),
                new Case(lan + "/prefixes", "{\"cidr\":\"fe80::1/64\"}", 400, "cidr"),
                new Case(lan + "/prefixes", "{\"cidr\":42}", 400, "cidr"),
                new Case(lan + "/addresses", "{\"address\":\"10.0.0.1\",\"deviceId\":\"d\"}", 400, "interfaceName"),
                new Case(lan + "/addresses", "{\"address\":\"host.example\"}", 400, "address"));

        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            TestHttp.Reply reply = http.post(c.path()).auth(admin()).json(c.body()).send();
            boolean ok = reply.status() == c.status() && reply.contentType().startsWith("application/problem+json")
                    && (c.field() == null || reply.json().path("errors").valueStream()
                            .anyMatch(e -> c.field().equals(e.path("field").asString())));
            if (!ok) {
                wrong.add(c.path() + " " + c.body() + " → " + reply);
            }
        }
        assertThat(wrong).isEmpty();

        for (String path : List.of("/api/v1/sites", "/api/v1/wan-links", lan + "/devices", lan + "/prefixes")) {
            TestHttp.Reply reply = http.post(path).auth(admin()).body("text/plain", "name=x").send();
            assertThat(reply.status()).as(path + " " + reply).isEqualTo(415);
        }
        for (String path : List.of("/api/v1/lan-devices?kind=TOASTER", "/api/v1/lan-devices?size=500",
                "/api/v1/wan-links?sort=secret", "/api/v1/sites?page=-1", "/api/v1/lan-devices/end-of-life?withinMonths=x",
                "/api/v1/wan-links/export.csv?medium=KABEL", "/api/v1/wan-links/export.csv?status=RUSAK",
                "/api/v1/sites/export.csv?includeSubUnits=mungkin")) {
            TestHttp.Reply reply = http.get(path).auth(admin()).send();
            assertThat(reply.status()).as(path + " " + reply).isEqualTo(400);
        }
        for (String path : List.of("/api/v1/sites?opd=TIDAKADA", "/api/v1/wan-links?opd=TIDAKADA",
                "/api/v1/wan-links/export.csv?opd=TIDAKADA", "/api/v1/sites/export.csv?opd=TIDAKADA",
                "/api/v1/lans?opd=TIDAKADA", "/api/v1/lan-devices?opd=TIDAKADA", "/api/v1/lan-devices/export.csv?opd=TIDAKADA",
                "/api/v1/lan-devices/end-of-life?opd=TIDAKADA", "/api/v1/topology/wan?opd=TIDAKADA")) {
            TestHttp.Reply reply = http.get(path).auth(admin()).send();
            assertThat(reply.status()).as(path + " " + reply).isEqualTo(422);
            assertThat(reply.json().get("obligation").asString()).isEqualTo("G1");
        }
        assertThat(http.delete(lan + "/vlans/abc").auth(admin()).send().status()).isEqualTo(400);
        assertThat(http.delete(lan + "/devices/tidak-ada").auth(admin()).send().status()).isEqualTo(404);
        assertThat(http.put("/api/v1/sites/tidak-ada").auth(admin()).json(Map.of("name", "x")).send().status())
                .isEqualTo(404);
    }
}
