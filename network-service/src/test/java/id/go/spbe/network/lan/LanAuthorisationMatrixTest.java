package id.go.spbe.network.lan;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.auditor;
import static id.go.spbe.network.NetworkTestSupport.coordinator;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC1 and N3: every LAN endpoint × role × own/other OPD, for an OPD whose LAN Dinas runs (not Mandiri TIK). Writes
 * are probed with a body the endpoint accepts, so the status says who may, not what is malformed.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class LanAuthorisationMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    record Probe(String name, Function<String, TestHttp.Call> call) {
    }

    @Test
    void everyLanEndpointAnswersEachRoleAsTheMatrixSays_N3() {
        TestHttp http = TestHttp.onPort(port);
        String opd = registerOpd(mongo, newOpd(), "Dinas Matriks");
        String other = registerOpd(mongo, newOpd(), "Dinas Lain");
        String base = "/api/v1/lans/" + opd;

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("dinas", admin());
        callers.put("own-operator", operator(opd));
        callers.put("other-operator", operator(other));
        callers.put("auditor", auditor());
        callers.put("coordinator", coordinator());

        int[] n = {0};
        List<Probe> probes = List.of(
                new Probe("GET lans", t -> http.get("/api/v1/lans?opd=" + opd).auth(t)),
                new Probe("GET lan", t -> http.get(base).auth(t)),
                new Probe("GET history", t -> http.get(base + "/history").auth(t)),
                new Probe("GET devices", t -> http.get("/api/v1/lan-devices?opd=" + opd).auth(t)),
                new Probe("GET eol", t -> http.get("/api/v1/lan-devices/end-of-life?opd=" + opd).auth(t)),
                new Probe("GET svg", t -> http.get("/api/v1/topology/lans/" + opd).auth(t)),
                new Probe("POST device", t -> http.post(base + "/devices").auth(t)
                        .json(Map.of("name", "dev-" + n[0]++, "kind", "SWITCH"))),
                new Probe("POST vlan", t -> http.post(base + "/vlans").auth(t)
                        .json(Map.of("vid", 100 + n[0]++, "name", "v"))),
                new Probe("POST prefix", t -> http.post(base + "/prefixes").auth(t)
                        .json(Map.of("cidr", "10.250." + n[0]++ + ".0/24"))),
                new Probe("POST byod", t -> http.post(base + "/byod-acknowledgement").auth(t)
                        .json(Map.of("policyReference", "Perbup 1/2026"))));

        // expected status per probe: dinas, own operator, other operator, auditor, coordinator
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("GET lans", List.of(200, 200, 403, 200, 200));
        expected.put("GET lan", List.of(200, 200, 404, 200, 200));
        expected.put("GET history", List.of(200, 200, 404, 200, 200));
        expected.put("GET devices", List.of(200, 200, 403, 200, 200));
        expected.put("GET eol", List.of(200, 200, 403, 200, 200));
        expected.put("GET svg", List.of(200, 200, 404, 200, 200));
        expected.put("POST device", List.of(201, 422, 404, 403, 403));
        expected.put("POST vlan", List.of(201, 422, 404, 403, 403));
        expected.put("POST prefix", List.of(201, 422, 404, 403, 403));
        expected.put("POST byod", List.of(403, 200, 404, 403, 403));

        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            List<Integer> want = expected.get(probe.name());
            int i = 0;
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                int got = probe.call().apply(caller.getValue()).send().status();
                if (got != want.get(i)) {
                    wrong.add(probe.name() + " as " + caller.getKey() + ": " + got + " (expected " + want.get(i) + ")");
                }
                i++;
            }
            assertThat(probe.call().apply(null).send().status()).as(probe.name() + " anonymous").isEqualTo(401);
        }
        assertThat(wrong).isEmpty();
    }
}
