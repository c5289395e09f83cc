package id.go.spbe.network.inspection;

import id.go.spbe.platform.profile.RegionProfile;
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
import static id.go.spbe.network.NetworkTestSupport.designate;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static id.go.spbe.network.NetworkTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC1 and N5: every inspection endpoint × role × own/other OPD, on a Mandiri TIK OPD — Dinas inspects it all the
 * same, and its own operators only read.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class InspectionAuthorisationMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    RegionProfile region;

    record Probe(String name, Function<String, TestHttp.Call> call) {
    }

    @Test
    void everyInspectionEndpointAnswersEachRoleAsTheMatrixSays_N5() {
        TestHttp http = TestHttp.onPort(port);
        String opd = registerOpd(mongo, newOpd(), "Dinas Matriks Inspeksi");
        designate(mongo, opd, "Dinas Matriks Inspeksi", true);
        String other = registerOpd(mongo, newOpd(), "Dinas Lain");
        String today = today(clock, region).toString();
        Map<String, Object> inspection = Map.of("opd", opd, "inspectedOn", today, "summary", "Cek");
        String id = http.post("/api/v1/inspections").auth(admin()).json(inspection).send().json().get("id")
                .asString();
        String base = "/api/v1/inspections/" + id;
        String findingId = http.post(base + "/findings").auth(admin()).json(Map.of("title", "f", "severity", "LOW",
                "dueDate", today)).send().json().get("findings").get(0).get("id").asString();

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("dinas", admin());
        callers.put("own-operator", operator(opd));
        callers.put("other-operator", operator(other));
        callers.put("auditor", auditor());
        callers.put("coordinator", coordinator());

        List<Probe> probes = List.of(
                new Probe("POST inspection", t -> http.post("/api/v1/inspections").auth(t).json(inspection)),
                new Probe("GET list", t -> http.get("/api/v1/inspections?opd=" + opd).auth(t)),
                new Probe("GET csv", t -> http.get("/api/v1/inspections/export.csv?opd=" + opd).auth(t)),
                new Probe("GET inspection", t -> http.get(base).auth(t)),
                new Probe("GET history", t -> http.get(base + "/history").auth(t)),
                new Probe("POST finding", t -> http.post(base + "/findings").auth(t)
                        .json(Map.of("title", "g", "severity", "MEDIUM", "dueDate", today))),
                new Probe("POST resolve", t -> http.post(base + "/findings/" + findingId + "/resolve").auth(t)
                        .json(Map.of("resolution", "selesai"))));

        // expected status per probe: dinas, own operator, other operator, auditor, coordinator
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("POST inspection", List.of(201, 403, 403, 403, 403));
        expected.put("GET list", List.of(200, 200, 403, 200, 200));
        expected.put("GET csv", List.of(200, 200, 403, 200, 200));
        expected.put("GET inspection", List.of(200, 200, 404, 200, 200));
        expected.put("GET history", List.of(200, 200, 404, 200, 200));
        expected.put("POST finding", List.of(201, 403, 403, 403, 403));
        expected.put("POST resolve", List.of(200, 403, 403, 403, 403));

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
