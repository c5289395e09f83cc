package id.go.spbe.datacenter.placement;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.datacenter.regulation.DatacenterRegulation;
import id.go.spbe.platform.test.http.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static id.go.spbe.datacenter.DatacenterTestSupport.MAIN;
import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.application;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertProblem;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertRule;
import static id.go.spbe.datacenter.DatacenterTestSupport.auditor;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static org.assertj.core.api.Assertions.assertThat;

/** D2 over the API: an OPD's register lists its VPS inside and its declared systems outside, flagged per profile. */
@DatacenterIntegrationTest
class PlacementIntegrationTest {

    static final String TOPIC = "spbe.datacenter.placement.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DatacenterRegulation regulation;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
    }

    @Test
    void d2TheRegisterShowsWhatRunsInsideAndWhatTheOpdDeclaresOutside() {
        String opd = newOpdCode("DINKES");
        String other = newOpdCode("LAIN");
        opd(mongo, opd, false);
        opd(mongo, other, false);
        String app = application(mongo, opd, "SIMPUS");
        String vps = http.post("/api/v1/vps-requests").auth(operator(opd)).json(Map.of("applicationId", app,
                "vcpu", 1, "ramGib", 2, "diskGib", 20, "osImage", "debian-12", "purpose", "SIMPUS")).send().json()
                .get("id").asString();
        assertThat(http.post("/api/v1/vps-requests/" + vps + "/approve").auth(admin())
                .json(Map.of("dataCenter", MAIN)).send().status()).isEqualTo(200);

        TestHttp.Reply declared = http.post("/api/v1/placements/declared").auth(operator(opd)).json(Map.of(
                "name", "SIMPUS lama", "applicationId", app, "location", "OPD_PREMISES", "locationDetail",
                "Ruang server lantai 2")).send();
        assertThat(declared.status()).as(declared.text()).isEqualTo(201);
        String id = declared.json().get("id").asString();
        String expected = regulation.placementObligationOutside();
        JsonNode event = published(TOPIC, id, "id.go.spbe.placement.declared.v1");
        assertThat(event.get("data").get("obligation").isNull()).isEqualTo(expected == null);

        JsonNode register = http.get("/api/v1/placements").auth(operator(opd)).send().json();
        assertThat(register.get("opd").asString()).isEqualTo(opd);
        assertThat(register.get("vps")).hasSize(1);
        assertThat(register.get("vps").get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(register.get("outside")).hasSize(1);
        assertThat(register.get("flagged").asInt()).isEqualTo(expected == null ? 0 : 1);
        assertThat(register.get("outside").get(0).get("flag").isNull()).isEqualTo(expected == null);

        assertProblem(http.get("/api/v1/placements").auth(auditor()).send(), 400, "malformed-request");
        assertThat(http.get("/api/v1/placements?opd=" + opd).auth(auditor()).send().json().get("outside"))
                .hasSize(1);
        assertThat(http.get("/api/v1/placements?opd=" + opd).auth(operator(other)).send().status()).isEqualTo(403);
        assertProblem(http.get("/api/v1/placements/declared/" + id).auth(operator(other)).send(), 404, "not-found");
        assertProblem(http.post("/api/v1/placements/declared").auth(operator(other)).json(Map.of("opd", opd,
                "name", "x", "location", "OTHER")).send(), 403, "forbidden");
        assertRule(http.post("/api/v1/placements/declared").auth(operator(other)).json(Map.of("name", "x",
                "applicationId", app, "location", "OTHER")).send(), "A1");

        assertProblem(http.post("/api/v1/placements/declared/" + id + "/withdraw").auth(operator(opd))
                .header("If-Match", "\"99\"").json(Map.of("reason", "x")).send(), 412, "precondition-failed");
        TestHttp.Reply withdrawn = http.post("/api/v1/placements/declared/" + id + "/withdraw").auth(operator(opd))
                .header("If-Match", declared.header("ETag")).json(Map.of("reason", "Dipindahkan ke VPS")).send();
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(http.post("/api/v1/placements/declared/" + id + "/withdraw").auth(admin())
                .json(Map.of("reason", "lagi")).send().status()).isEqualTo(409);
        published(TOPIC, id, "id.go.spbe.placement.withdrawn.v1");
        assertThat(http.get("/api/v1/placements").auth(operator(opd)).send().json().get("outside")).isEmpty();
        assertThat(http.get("/api/v1/placements/declared?opd=" + opd + "&status=WITHDRAWN").auth(admin()).send()
                .json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/placements/declared/" + id + "/history").auth(operator(opd)).send().text())
                .contains("id.go.spbe.placement.withdrawn.v1");
    }
}
