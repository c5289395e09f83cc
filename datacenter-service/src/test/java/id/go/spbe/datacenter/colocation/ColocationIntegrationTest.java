package id.go.spbe.datacenter.colocation;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.platform.test.http.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.datacenter.DatacenterTestSupport.MAIN;
import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertProblem;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertRule;
import static id.go.spbe.datacenter.DatacenterTestSupport.auditor;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static org.assertj.core.api.Assertions.assertThat;

/** D3, D4: racks, colocation for Mandiri TIK OPD only (Rejang Lebong), overlap-free, and the rack elevation. */
@DatacenterIntegrationTest
class ColocationIntegrationTest {

    static final String TOPIC = "spbe.datacenter.rack.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
    }

    String rack(int heightU, double maxPowerKw) {
        String name = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestHttp.Reply created = http.post("/api/v1/racks").auth(admin()).json(Map.of("dataCenter", MAIN, "name",
                name, "heightU", heightU, "maxPowerKw", maxPowerKw)).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    TestHttp.Reply reserve(String token, String rackId, String opd, int startU, int heightU, double powerKw) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("rackId", rackId);
        if (opd != null) {
            form.put("opd", opd);
        }
        form.put("startU", startU);
        form.put("heightU", heightU);
        form.put("powerKw", powerKw);
        form.put("purpose", "Server basis data milik OPD");
        return http.post("/api/v1/colocations").auth(token).json(form).send();
    }

    @Test
    void d4ColocationIsForMandiriTikOpdOnlyInRejangLebong() {
        String plain = newOpdCode("DINKES");
        opd(mongo, plain, false);
        String rack = rack(42, 6.0);
        TestHttp.Reply refused = reserve(operator(plain), rack, null, 1, 2, 0.5);
        assertRule(refused, "D4");
        assertThat(refused.json().get("detail").asString()).contains("Mandiri TIK");

        String mandiri = newOpdCode("BAPPEDA");
        opd(mongo, mandiri, true);
        TestHttp.Reply reserved = reserve(operator(mandiri), rack, null, 1, 2, 0.5);
        assertThat(reserved.status()).as(reserved.text()).isEqualTo(201);
        assertThat(reserved.json().get("endU").asInt()).isEqualTo(2);
        JsonNode event = published(TOPIC, rack, "id.go.spbe.colocation.reserved.v1");
        assertThat(event.get("opd").asString()).isEqualTo(mandiri);
    }

    @Test
    void d3ReservationsAreOverlapFreePerRackWithinTheRackAndItsPowerBudget() {
        String mandiri = newOpdCode("DISKOMINFO");
        String other = newOpdCode("BPKAD");
        opd(mongo, mandiri, true);
        opd(mongo, other, true);
        String rack = rack(10, 2.0);
        assertThat(reserve(operator(mandiri), rack, null, 3, 3, 1.0).status()).isEqualTo(201); // U3-U5
        assertProblem(reserve(operator(other), rack, null, 5, 2, 0.1), 409, "state-conflict");
        assertProblem(reserve(operator(other), rack, null, 1, 3, 0.1), 409, "state-conflict");
        assertRule(reserve(operator(other), rack, null, 9, 3, 0.1), "D3"); // past U10
        assertProblem(reserve(operator(other), MAIN + "-TIDAK-ADA", null, 1, 1, 0.1), 404, "not-found");
        assertRule(reserve(operator(other), rack, null, 6, 2, 1.5), "D3"); // 1.0 + 1.5 > 2.0 kW
        TestHttp.Reply adjacent = reserve(admin(), rack, other, 6, 2, 0.5); // Dinas on the OPD's behalf
        assertThat(adjacent.status()).as(adjacent.text()).isEqualTo(201);

        JsonNode elevation = http.get("/api/v1/racks/" + rack + "/elevation").auth(operator(other)).send().json();
        JsonNode units = elevation.get("units");
        assertThat(units.size()).isEqualTo(10);
        assertThat(units.get(0).get("u").asInt()).isEqualTo(10);
        JsonNode u4 = units.get(10 - 4);
        assertThat(u4.get("opd").asString()).isEqualTo(mandiri);
        assertThat(u4.get("purpose").isNull()).as("another OPD's purpose is not shown").isTrue();
        JsonNode u7 = units.get(10 - 7);
        assertThat(u7.get("opd").asString()).isEqualTo(other);
        assertThat(u7.get("purpose").asString()).isEqualTo("Server basis data milik OPD");
        assertThat(units.get(10 - 8).get("opd").isNull()).isTrue();
        assertThat(elevation.get("reservedPowerKw").asDouble()).isEqualTo(1.5);
    }

    @Test
    void d3ReleasingFreesTheUnitsAndNeedsAReasonFromTheOwnerOrDinas() {
        String mandiri = newOpdCode("DISDUKCAPIL");
        String other = newOpdCode("DPRD");
        opd(mongo, mandiri, true);
        opd(mongo, other, true);
        String rack = rack(42, 6.0);
        String id = reserve(operator(mandiri), rack, null, 20, 4, 1.2).json().get("id").asString();
        assertProblem(http.get("/api/v1/colocations/" + id).auth(operator(other)).send(), 404, "not-found");
        assertProblem(http.post("/api/v1/colocations/" + id + "/release").auth(operator(other))
                .json(Map.of("reason", "bukan milik")).send(), 404, "not-found");
        assertProblem(http.post("/api/v1/colocations/" + id + "/release").auth(auditor())
                .json(Map.of("reason", "x")).send(), 403, "forbidden");
        assertProblem(http.post("/api/v1/colocations/" + id + "/release").auth(operator(mandiri))
                .json(Map.of()).send(), 400, "validation");
        TestHttp.Reply released = http.post("/api/v1/colocations/" + id + "/release").auth(operator(mandiri))
                .json(Map.of("reason", "Server dipensiunkan")).send();
        assertThat(released.json().get("status").asString()).isEqualTo("RELEASED");
        assertProblem(http.post("/api/v1/colocations/" + id + "/release").auth(admin())
                .json(Map.of("reason", "lagi")).send(), 409, "state-conflict");
        assertThat(reserve(operator(other), rack, null, 20, 4, 1.2).status()).isEqualTo(201);
        published(TOPIC, rack, "id.go.spbe.colocation.released.v1");
        published(TOPIC, rack, "id.go.spbe.rack.registered.v1");

        JsonNode mine = http.get("/api/v1/colocations?size=200").auth(operator(mandiri)).send().json();
        assertThat(mine.get("items").valueStream().map(i -> i.get("opd").asString())).containsOnly(mandiri);
        assertProblem(http.get("/api/v1/colocations?opd=" + mandiri).auth(operator(other)).send(), 403,
                "forbidden");
        JsonNode history = http.get("/api/v1/racks/" + rack + "/history").auth(auditor()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").size()).isEqualTo(4);
        assertProblem(http.get("/api/v1/racks/" + rack + "/history").auth(operator(mandiri)).send(), 403,
                "forbidden");
    }

    @Test
    void d1ColocationsCountInTheDataCentersCapacity() {
        String mandiri = newOpdCode("BKPSDM");
        opd(mongo, mandiri, true);
        String rack = rack(42, 6.0);
        long before = http.get("/api/v1/data-centers/" + MAIN + "/capacity").auth(admin()).send().json()
                .get("allocated").get("rackUnits").asLong();
        reserve(operator(mandiri), rack, null, 30, 3, 0.9);
        long after = http.get("/api/v1/data-centers/" + MAIN + "/capacity").auth(admin()).send().json()
                .get("allocated").get("rackUnits").asLong();
        assertThat(after).isEqualTo(before + 3);
    }

    @Test
    void d3ReservingAndReleasingWithTheRackVersionSeenAnswer412WhenTheRackChangedMeanwhile() {
        String mandiri = newOpdCode("BAPPEDA");
        opd(mongo, mandiri, true);
        String rack = rack(42, 6.0);
        JsonNode listed = http.get("/api/v1/racks?dataCenter=" + MAIN + "&size=200").auth(operator(mandiri)).send()
                .json().get("items").valueStream().filter(r -> r.get("id").asString().equals(rack)).findFirst()
                .orElseThrow();
        String seen = "\"" + listed.get("version").asLong() + "\"";
        assertThat(http.get("/api/v1/racks/" + rack).auth(operator(mandiri)).send().header("ETag"))
                .as("the listed version is the number of the rack's ETag").isEqualTo(seen);

        TestHttp.Reply first = http.post("/api/v1/colocations").auth(operator(mandiri)).header("If-Match", seen)
                .json(Map.of("rackId", rack, "startU", 1, "heightU", 2, "powerKw", 0.5, "purpose", "Server A"))
                .send();
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        // the same screen, still showing the rack as it was, reserves again: the rack changed meanwhile
        assertProblem(http.post("/api/v1/colocations").auth(operator(mandiri)).header("If-Match", seen)
                .json(Map.of("rackId", rack, "startU", 10, "heightU", 2, "powerKw", 0.5, "purpose", "Server B"))
                .send(), 412, "precondition-failed");

        JsonNode row = http.get("/api/v1/colocations?size=200").auth(operator(mandiri)).send().json().get("items")
                .get(0);
        String rowVersion = "\"" + row.get("rackVersion").asLong() + "\"";
        assertThat(rowVersion).isEqualTo(first.header("ETag"));
        assertThat(reserve(admin(), rack, mandiri, 20, 2, 0.5).status()).isEqualTo(201); // Dinas, meanwhile
        assertProblem(http.post("/api/v1/colocations/" + row.get("id").asString() + "/release")
                .auth(operator(mandiri)).header("If-Match", rowVersion).json(Map.of("reason", "Dipensiunkan"))
                .send(), 412, "precondition-failed");
        assertThat(http.get("/api/v1/colocations/" + row.get("id").asString()).auth(operator(mandiri)).send().json()
                .get("status").asString()).isEqualTo("ACTIVE");
    }
}
