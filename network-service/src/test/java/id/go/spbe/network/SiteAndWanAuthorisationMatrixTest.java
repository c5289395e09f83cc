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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.auditor;
import static id.go.spbe.network.NetworkTestSupport.coordinator;
import static id.go.spbe.network.NetworkTestSupport.integration;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC1, N1, N2: every site, WAN link and WAN diagram endpoint × role × own/other OPD. Only Dinas writes sites and
 * circuits; an OPD's people read the sites of their OPD and the circuits ending there.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class SiteAndWanAuthorisationMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    record Probe(String name, Function<String, TestHttp.Call> call, List<Integer> expected) {
    }

    @Test
    void everySiteAndWanEndpointAnswersEachRoleAsTheMatrixSays_N1_N2() {
        TestHttp http = TestHttp.onPort(port);
        String hub = registerOpd(mongo, newOpd(), "Kominfo Matriks");
        String opd = registerOpd(mongo, newOpd(), "Dinas Matriks WAN");
        String other = registerOpd(mongo, newOpd(), "Dinas Lain WAN");
        String hubSite = http.post("/api/v1/sites").auth(admin()).json(Map.of("opd", hub, "name", "NOC")).send()
                .json().get("id").asString();
        String site = http.post("/api/v1/sites").auth(admin()).json(Map.of("opd", opd, "name", "Kantor")).send()
                .json().get("id").asString();
        String link = http.post("/api/v1/wan-links").auth(admin()).json(Map.of("provider", "Telkom", "circuitId",
                "M-" + UUID.randomUUID(), "medium", "FIBER", "bandwidthDownMbps", 20, "aEnd", Map.of("siteId", hubSite),
                "bEnd", Map.of("siteId", site))).send().json().get("id").asString();

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("dinas", admin());
        callers.put("own-operator", operator(opd));
        callers.put("own-client", integration(opd));
        callers.put("other-operator", operator(other));
        callers.put("auditor", auditor());
        callers.put("coordinator", coordinator());

        Function<String, Map<String, Object>> newLink = t -> Map.of("provider", "Icon+", "circuitId",
                "M-" + UUID.randomUUID(), "medium", "RADIO", "bandwidthDownMbps", 10, "aEnd", Map.of("siteId", hubSite),
                "bEnd", Map.of("siteId", site));
        // expected: dinas, own operator, own machine client, other operator, auditor, coordinator
        List<Probe> probes = List.of(
                new Probe("GET sites", t -> http.get("/api/v1/sites?opd=" + opd).auth(t),
                        List.of(200, 200, 200, 403, 200, 200)),
                new Probe("GET sites csv", t -> http.get("/api/v1/sites/export.csv?opd=" + opd).auth(t),
                        List.of(200, 200, 200, 403, 200, 200)),
                new Probe("GET site", t -> http.get("/api/v1/sites/" + site).auth(t),
                        List.of(200, 200, 200, 404, 200, 200)),
                new Probe("GET site history", t -> http.get("/api/v1/sites/" + site + "/history").auth(t),
                        List.of(200, 200, 200, 404, 200, 200)),
                new Probe("POST site", t -> http.post("/api/v1/sites").auth(t).json(Map.of("opd", opd, "name", "X")),
                        List.of(201, 403, 403, 403, 403, 403)),
                new Probe("PUT site", t -> http.put("/api/v1/sites/" + site).auth(t).json(Map.of("name", "Kantor")),
                        List.of(200, 403, 403, 403, 403, 403)),
                new Probe("GET wan-links", t -> http.get("/api/v1/wan-links?opd=" + opd).auth(t),
                        List.of(200, 200, 200, 403, 200, 200)),
                new Probe("GET wan-links csv", t -> http.get("/api/v1/wan-links/export.csv?opd=" + opd).auth(t),
                        List.of(200, 200, 200, 403, 200, 200)),
                new Probe("GET wan-link", t -> http.get("/api/v1/wan-links/" + link).auth(t),
                        List.of(200, 200, 200, 404, 200, 200)),
                new Probe("GET wan-link history", t -> http.get("/api/v1/wan-links/" + link + "/history").auth(t),
                        List.of(200, 200, 200, 404, 200, 200)),
                new Probe("POST wan-link", t -> http.post("/api/v1/wan-links").auth(t).json(newLink.apply(t)),
                        List.of(201, 403, 403, 403, 403, 403)),
                new Probe("POST decommission", t -> http.post("/api/v1/wan-links/" + link + "/decommission").auth(t)
                        .json(Map.of("reason", "uji")), List.of(200, 403, 403, 403, 403, 403)),
                new Probe("GET wan svg", t -> http.get("/api/v1/topology/wan?opd=" + opd).auth(t),
                        List.of(200, 200, 200, 403, 200, 200)));

        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            int i = 0;
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                int got = probe.call().apply(caller.getValue()).send().status();
                if (got != probe.expected().get(i)) {
                    wrong.add(probe.name() + " as " + caller.getKey() + ": " + got + " (expected "
                            + probe.expected().get(i) + ")");
                }
                i++;
            }
            assertThat(probe.call().apply(null).send().status()).as(probe.name() + " anonymous").isEqualTo(401);
        }
        assertThat(wrong).isEmpty();
    }
}
