package id.go.spbe.network.change;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.LocalDate;
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
 * SEC1 and N7: every change-report endpoint × role × own/other OPD, for an OPD whose LAN Dinas runs. Each write
 * probe gets a fresh inventory change first, so the status says who may, not that there is nothing to report.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class LanChangeAuthorisationMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    record Probe(String name, Function<String, TestHttp.Call> call) {
    }

    @Test
    void everyChangeReportEndpointAnswersEachRoleAsTheMatrixSays_N7() {
        TestHttp http = TestHttp.onPort(port);
        String opd = registerOpd(mongo, newOpd(), "Dinas Matriks Laporan");
        String other = registerOpd(mongo, newOpd(), "Dinas Lain");
        String lan = "/api/v1/lans/" + opd;
        int[] vid = {100};
        Runnable change = () -> assertThat(http.post(lan + "/vlans").auth(admin())
                .json(Map.of("vid", vid[0]++, "name", "v")).send().status()).isEqualTo(201);
        change.run();
        Map<String, Object> body = Map.of("opd", opd, "what", "VLAN baru", "why", "uji",
                "performedOn", LocalDate.now().minusDays(1).toString());
        String reportId = http.post("/api/v1/lan-changes").auth(admin()).json(body).send().json().get("id").asString();
        String path = "/api/v1/lan-changes/" + reportId;

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("dinas", admin());
        callers.put("own-operator", operator(opd));
        callers.put("other-operator", operator(other));
        callers.put("auditor", auditor());
        callers.put("coordinator", coordinator());

        List<Probe> probes = List.of(
                new Probe("GET list", t -> http.get("/api/v1/lan-changes?opd=" + opd).auth(t)),
                new Probe("GET csv", t -> http.get("/api/v1/lan-changes/export.csv?opd=" + opd).auth(t)),
                new Probe("GET report", t -> http.get(path).auth(t)),
                new Probe("GET history", t -> http.get(path + "/history").auth(t)),
                new Probe("GET uncovered", t -> http.get("/api/v1/lan-changes/uncovered?opd=" + opd).auth(t)),
                new Probe("GET change-ticket search",
                        t -> http.get("/api/v1/lan-changes/change-tickets?opd=" + opd).auth(t)),
                new Probe("GET diff", t -> http.get("/api/v1/lan-changes/diff?opd=" + opd + "&from=0&to=1").auth(t)),
                new Probe("POST report", t -> {
                    change.run();
                    return http.post("/api/v1/lan-changes").auth(t).json(body);
                }),
                new Probe("POST acknowledge", t -> http.post(path + "/acknowledge").auth(t).json(Map.of())));

        // expected status per probe: dinas, own operator, other operator, auditor, coordinator
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("GET list", List.of(200, 200, 403, 200, 200));
        expected.put("GET csv", List.of(200, 200, 403, 200, 200));
        expected.put("GET report", List.of(200, 200, 404, 200, 200));
        expected.put("GET history", List.of(200, 200, 404, 200, 200));
        expected.put("GET uncovered", List.of(200, 200, 404, 200, 200));
        expected.put("GET diff", List.of(200, 200, 404, 200, 200));
        // the form's ticket search is a list: another OPD's operator naming this OPD is refused like every list
        expected.put("GET change-ticket search", List.of(200, 200, 403, 200, 200));
        expected.put("POST report", List.of(201, 422, 404, 403, 403));
        // the acknowledge probe runs as Dinas first, so the later callers meet an acknowledged report or their role
        expected.put("POST acknowledge", List.of(200, 403, 403, 403, 403));

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
