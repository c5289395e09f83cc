package id.go.spbe.network.diagram;

import id.go.spbe.platform.test.http.FormUpload;
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
 * SEC1 and N6: every yearly-diagram endpoint × role × own/other OPD, for an OPD whose LAN Dinas runs. The probes run
 * in order through one task's life (submit, return, submit, accept), Dinas first on each, so every write meets the
 * state it needs; the later callers' answers say who may.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class DiagramAuthorisationMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    record Probe(String name, Function<String, Integer> status) {
    }

    @Test
    void everyDiagramEndpointAnswersEachRoleAsTheMatrixSays_N6() {
        TestHttp http = TestHttp.onPort(port);
        FormUpload upload = new FormUpload(port);
        String opd = registerOpd(mongo, newOpd(), "Dinas Matriks Diagram");
        String other = registerOpd(mongo, newOpd(), "Dinas Lain");
        int[] year = {2080};
        assertThat(http.post("/api/v1/lan-diagrams/campaigns").auth(admin())
                .json(Map.of("year", year[0], "dueDate", year[0] + "-03-31")).send().status()).isEqualTo(201);
        String task = "/api/v1/lan-diagrams/tasks/" + year[0] + "-" + opd;

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("dinas", admin());
        callers.put("own-operator", operator(opd));
        callers.put("other-operator", operator(other));
        callers.put("auditor", auditor());
        callers.put("coordinator", coordinator());

        List<Probe> probes = List.of(
                new Probe("POST campaign", t -> http.post("/api/v1/lan-diagrams/campaigns").auth(t)
                        .json(Map.of("year", ++year[0], "dueDate", year[0] + "-03-31")).send().status()),
                new Probe("GET campaigns", t -> http.get("/api/v1/lan-diagrams/campaigns").auth(t).send().status()),
                new Probe("GET campaign", t -> http.get("/api/v1/lan-diagrams/campaigns/2080").auth(t).send()
                        .status()),
                new Probe("GET tasks", t -> http.get("/api/v1/lan-diagrams/tasks?opd=" + opd).auth(t).send()
                        .status()),
                new Probe("GET task", t -> http.get(task).auth(t).send().status()),
                new Probe("GET diff", t -> http.get(task + "/diff").auth(t).send().status()),
                new Probe("POST submission", t -> upload.multipart(task + "/submissions", t, null, Map.of(), null)
                        .status()),
                new Probe("GET diagram", t -> upload.get(task + "/diagram", t).status()),
                new Probe("POST return", t -> http.post(task + "/return").auth(t).json(Map.of("reason", "kurang"))
                        .send().status()),
                new Probe("POST submission again", t -> upload.multipart(task + "/submissions", t, null, Map.of(),
                        null).status()),
                new Probe("POST accept", t -> http.post(task + "/accept").auth(t).send().status()),
                new Probe("GET history", t -> http.get(task + "/history").auth(t).send().status()));

        // expected status per probe: dinas, own operator, other operator, auditor, coordinator
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("POST campaign", List.of(201, 403, 403, 403, 403));
        expected.put("GET campaigns", List.of(200, 200, 200, 200, 200));
        expected.put("GET campaign", List.of(200, 200, 200, 200, 200));
        expected.put("GET tasks", List.of(200, 200, 403, 200, 200));
        expected.put("GET task", List.of(200, 200, 404, 200, 200));
        expected.put("GET diff", List.of(200, 200, 404, 200, 200));
        expected.put("POST submission", List.of(200, 422, 404, 403, 403));
        expected.put("GET diagram", List.of(200, 200, 404, 200, 200));
        expected.put("POST return", List.of(200, 403, 403, 403, 403));
        expected.put("POST submission again", List.of(200, 422, 404, 403, 403));
        expected.put("POST accept", List.of(200, 403, 403, 403, 403));
        expected.put("GET history", List.of(200, 200, 404, 200, 200));

        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            List<Integer> want = expected.get(probe.name());
            int i = 0;
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                int got = probe.status().apply(caller.getValue());
                if (got != want.get(i)) {
                    wrong.add(probe.name() + " as " + caller.getKey() + ": " + got + " (expected " + want.get(i) + ")");
                }
                i++;
            }
            assertThat(probe.status().apply(null)).as(probe.name() + " anonymous").isEqualTo(401);
        }
        assertThat(wrong).isEmpty();
    }
}
