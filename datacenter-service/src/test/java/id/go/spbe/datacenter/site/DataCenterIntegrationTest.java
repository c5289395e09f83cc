package id.go.spbe.datacenter.site;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.platform.test.http.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static id.go.spbe.datacenter.DatacenterTestSupport.MAIN;
import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertProblem;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertRule;
import static id.go.spbe.datacenter.DatacenterTestSupport.auditor;
import static id.go.spbe.datacenter.DatacenterTestSupport.dataCenterForm;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static id.go.spbe.datacenter.DatacenterTestSupport.smallSite;
import static org.assertj.core.api.Assertions.assertThat;

/** D1, D9: the region's data centers through HTTP — who maintains, who reads, the rules, events and history. */
@DatacenterIntegrationTest
class DataCenterIntegrationTest {

    static final String TOPIC = "spbe.datacenter.data-center.v1";

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
    }

    @Test
    void d1TheRegionHasOneMainDataCenterOthersAreDisasterRecoverySites() {
        TestHttp.Reply second = http.post("/api/v1/data-centers").auth(admin()).json(Map.of("code", "PD-KEDUA",
                "dataCenter", dataCenterForm("Pusat Data Kedua", "MAIN", 64, 256, 10_000, 2.0, 1.0))).send();
        assertRule(second, "D1");
        String dr = smallSite(http, 32, 128, 5_000, 2.0);
        JsonNode registered = published(TOPIC, dr, "id.go.spbe.data-center.registered.v1");
        assertThat(registered.get("data").get("role").asString()).isEqualTo("DISASTER_RECOVERY");
        assertThat(registered.get("actor").asString()).isEqualTo("admin.dinas");
    }

    @Test
    void d9aDrTargetMustNameARegisteredDisasterRecoverySite() {
        String dr = smallSite(http, 32, 128, 5_000, 2.0);
        TestHttp.Reply main = http.get("/api/v1/data-centers/" + MAIN).auth(admin()).send();
        Map<String, Object> form = dataCenterForm("Pusat Data Kabupaten", "MAIN", 4096, 16384, 2_000_000, 4.0, 1.5);
        form.put("drTargets", List.of(Map.of("systemKind", "APPLICATION", "systemId", "app-simpus",
                "systemName", "SIMPUS", "rpoMinutes", 60, "rtoMinutes", 240, "replicaSite", MAIN)));
        assertRule(http.put("/api/v1/data-centers/" + MAIN).auth(admin()).json(form).send(), "D9");

        form.put("drTargets", List.of(Map.of("systemKind", "APPLICATION", "systemId", "app-simpus",
                "systemName", "SIMPUS", "rpoMinutes", 60, "rtoMinutes", 240, "replicaSite", dr)));
        TestHttp.Reply stale = http.put("/api/v1/data-centers/" + MAIN).auth(admin()).header("If-Match", "\"999\"")
                .json(form).send();
        assertProblem(stale, 412, "precondition-failed");
        TestHttp.Reply updated = http.put("/api/v1/data-centers/" + MAIN).auth(admin())
                .header("If-Match", main.header("ETag")).json(form).send();
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        JsonNode target = updated.json().get("drTargets").get(0);
        assertThat(target.get("replicaSite").asString()).isEqualTo(dr);
        assertThat(target.get("rpoMinutes").asInt()).isEqualTo(60);

        JsonNode event = published(TOPIC, MAIN, "id.go.spbe.data-center.updated.v1");
        assertThat(event.get("data").get("changedFields").toString()).contains("drTargets");
        JsonNode history = http.get("/api/v1/data-centers/" + MAIN + "/history").auth(operator("DINKES")).send()
                .json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void d1DinasMaintainsEveryoneSignedInReadsLinksAndCapacity() {
        TestHttp.Reply byOperator = http.post("/api/v1/data-centers").auth(operator("DINKES")).json(Map.of("code",
                "PD-X", "dataCenter", dataCenterForm("X", "DISASTER_RECOVERY", 1, 1, 10, 1.0, 1.0))).send();
        assertProblem(byOperator, 403, "forbidden");
        assertProblem(http.put("/api/v1/data-centers/" + MAIN).auth(auditor()).json(Map.of()).send(), 403,
                "forbidden");
        for (String token : List.of(operator("DINKES"), auditor(), admin())) {
            JsonNode main = http.get("/api/v1/data-centers/" + MAIN).auth(token).send().json();
            assertThat(main.get("links").get(0).get("upstream").asString()).isEqualTo("PROVINCIAL");
            assertThat(main.get("links").get(0).get("status").asString()).isEqualTo("CONNECTED");
            JsonNode capacity = http.get("/api/v1/data-centers/" + MAIN + "/capacity").auth(token).send().json();
            assertThat(capacity.get("allocatable").get("vcpu").asLong()).isEqualTo(4096L * 4);
            assertThat(capacity.get("allocatable").get("ramGib").asLong()).isEqualTo(16384L * 3 / 2);
        }
        assertProblem(http.get("/api/v1/data-centers/" + MAIN).send(), 401, "unauthenticated");
        assertProblem(http.get("/api/v1/data-centers/PD-TIDAK-ADA").auth(admin()).send(), 404, "not-found");
        JsonNode all = http.get("/api/v1/capacity?size=200").auth(operator("DINKES")).send().json();
        assertThat(all.get("items").valueStream().map(i -> i.get("dataCenter").asString())).contains(MAIN);
    }

    @Test
    void d1TheStatusOfALinkToTheProvincialOrNationalDataCenterIsRecordedAndPublished() {
        String site = smallSite(http, 8, 32, 1_000, 1.0);
        String path = "/api/v1/data-centers/" + site + "/link-status";
        Map<String, Object> degraded = Map.of("upstream", "PROVINCIAL", "status", "DEGRADED", "note",
                "Latensi tinggi sejak pagi");
        assertProblem(http.post(path).auth(operator("DINKES")).json(degraded).send(), 403, "forbidden");
        TestHttp.Reply changed = http.post(path).auth(admin()).json(degraded).send();
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        JsonNode link = changed.json().get("links").get(0);
        assertThat(link.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(link.get("checkedAt").isNull()).isFalse();
        JsonNode event = published(TOPIC, site, "id.go.spbe.data-center.link-status-changed.v1");
        assertThat(event.get("data").get("from").asString()).isEqualTo("CONNECTED");
        assertThat(event.get("data").get("to").asString()).isEqualTo("DEGRADED");
        assertProblem(http.post(path).auth(admin()).json(degraded).send(), 409, "state-conflict");
        assertRule(http.post(path).auth(admin()).json(Map.of("upstream", "NATIONAL", "status", "CONNECTED"))
                .send(), "D1");
    }
}
