package id.go.spbe.appregistry.opd;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static id.go.spbe.appregistry.opd.OpdApi.TOPIC;
import static id.go.spbe.appregistry.opd.OpdApi.newCode;
import static org.assertj.core.api.Assertions.assertThat;

/** G1: the OPD hierarchy (parents, sub-units, tree) and the filtered directory list. */
@SpbeIntegrationTest
class OpdHierarchyIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    TestHttp http;
    OpdApi opds;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        opds = new OpdApi(http);
    }

    static List<String> codes(JsonNode array) {
        return array.valueStream().map(n -> n.get("code").asString()).toList();
    }

    static void assertRule(TestHttp.Reply reply, String obligation) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("obligation").asString()).isEqualTo(obligation);
    }

    @Test
    void g1ASubUnitHangsUnderItsParentAndIsPublishedWithIt() {
        String parent = opds.registered("BADAN");
        String child = newCode("BIDANG");
        TestHttp.Reply created = opds.register(child, "Bidang Anggaran", "SUB_UNIT", parent);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("parentCode").asString()).isEqualTo(parent);

        JsonNode children = http.get("/api/v1/opds/" + parent + "/children").auth(operator("DINKES")).send().json();
        assertThat(codes(children)).containsExactly(child);

        ConsumerRecord<String, String> record = TestKafka.await(TOPIC,
                r -> child.equals(r.key()) && r.value().contains("opd.registered"), Duration.ofSeconds(20));
        JsonNode data = JSON.readTree(record.value()).get("data");
        assertThat(data.get("parentCode").asString()).isEqualTo(parent);
        assertThat(data.get("kind").asString()).isEqualTo("SUB_UNIT");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-registered.v1"),
                data.toString());
    }

    @Test
    void g1TheParentMustBeARegisteredActiveOpd() {
        assertRule(opds.register(newCode("BIDANG"), "Bidang", "SUB_UNIT", newCode("NOWHERE")), "G1");

        String retired = opds.registered("BADAN");
        assertThat(opds.update(retired, "BADAN", false, null).status()).isEqualTo(200);
        assertRule(opds.register(newCode("BIDANG"), "Bidang", "SUB_UNIT", retired), "G1");

        String topLevel = opds.registered("BADAN");
        assertRule(opds.update(topLevel, "BADAN", true, retired), "G1");
        assertRule(opds.update(topLevel, "BADAN", true, newCode("NOWHERE")), "G1");
    }

    @Test
    void g1UnitsAndSubUnitsCannotStandAlone() {
        assertRule(opds.register(newCode("BAGIAN"), "Bagian Organisasi", "UNIT_KERJA", null), "G1");
        String parent = opds.registered("SETDA");
        String unit = newCode("BAGIAN");
        assertThat(opds.register(unit, "Bagian Organisasi", "UNIT_KERJA", parent).status()).isEqualTo(201);
        assertRule(opds.update(unit, "UNIT_KERJA", true, null), "G1");
    }

    @Test
    void g1TheHierarchyHasNoCycles() {
        String top = opds.registered("TOP");
        String middle = opds.subUnit("MID", top);
        String bottom = opds.subUnit("BOT", middle);

        TestHttp.Reply cycle = opds.update(top, "BADAN", true, bottom);
        assertRule(cycle, "G1");
        assertThat(cycle.json().get("detail").asString()).contains("siklus");
        assertRule(opds.update(top, "BADAN", true, top), "G1");
        assertThat(http.get("/api/v1/opds/" + top).auth(admin()).send().json().get("parentCode").isNull()).isTrue();

        // Moving a branch elsewhere is fine: the bottom unit goes straight under the top.
        TestHttp.Reply moved = opds.update(bottom, "SUB_UNIT", true, top);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(codes(http.get("/api/v1/opds/" + top + "/children").auth(admin()).send().json()))
                .containsExactlyInAnyOrder(middle, bottom);

        ConsumerRecord<String, String> record = TestKafka.await(TOPIC,
                r -> bottom.equals(r.key()) && r.value().contains("opd.updated"), Duration.ofSeconds(20));
        JsonNode data = JSON.readTree(record.value()).get("data");
        assertThat(data.get("parentCode").asString()).isEqualTo(top);
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-updated.v1"),
                data.toString());
    }

    @Test
    void g1AnOpdWithActiveSubUnitsStaysActive() {
        String parent = opds.registered("DINAS");
        String child = opds.subUnit("UPTD", parent);
        assertRule(opds.update(parent, "BADAN", false, null), "G1");
        assertThat(opds.update(child, "SUB_UNIT", false, parent).status()).isEqualTo(200);
        TestHttp.Reply deactivated = opds.update(parent, "BADAN", false, null);
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
    }

    @Test
    void g1TheTreeNestsTheWholeDirectorySortedByCode() {
        String parent = opds.registered("TREE");
        String second = opds.subUnit("ZB", parent);
        String first = opds.subUnit("ZA", parent);
        String grandChild = opds.subUnit("ZZ", first);

        TestHttp.Reply reply = http.get("/api/v1/opds/tree").auth(auditor()).send();
        assertThat(reply.status()).isEqualTo(200);
        JsonNode roots = reply.json();
        List<String> rootCodes = codes(roots);
        assertThat(rootCodes).contains("DISKOMINFO", "DINKES", parent).doesNotContain(first, second, grandChild)
                .isSorted();
        JsonNode node = roots.valueStream().filter(n -> n.get("code").asString().equals(parent)).findFirst()
                .orElseThrow();
        assertThat(codes(node.get("children"))).containsExactly(first, second);
        assertThat(codes(node.get("children").get(0).get("children"))).containsExactly(grandChild);
        assertThat(node.get("children").get(1).get("children")).isEmpty();

        // The seeded UPTD sits under Dinas Kesehatan.
        JsonNode dinkes = roots.valueStream().filter(n -> n.get("code").asString().equals("DINKES")).findFirst()
                .orElseThrow();
        assertThat(codes(dinkes.get("children"))).contains("UPTD-LABKESDA");
    }

    @Test
    void g1HierarchyInputIsCheckedAndOnlyDinasAdminsChangeIt() {
        String parent = opds.registered("BADAN");
        assertThat(http.get("/api/v1/opds/" + newCode("NONE") + "/children").auth(admin()).send().status())
                .isEqualTo(404);
        TestHttp.Reply badParent = opds.register(newCode("BIDANG"), "Bidang", "SUB_UNIT", "huruf kecil");
        assertThat(badParent.status()).isEqualTo(400);
        assertThat(badParent.json().get("errors").get(0).get("field").asString()).isEqualTo("parentCode");
        assertThat(http.post("/api/v1/opds").auth(admin()).json(Map.of("code", newCode("X"), "name", "X",
                "kind", "BAGIAN_TIDAK_ADA", "dinas", false)).send().status()).isEqualTo(400);
        assertThat(http.post("/api/v1/opds").auth(operator("DINKES")).json(Map.of("code", newCode("X"), "name", "X",
                "kind", "SUB_UNIT", "dinas", false, "parentCode", parent)).send().status()).isEqualTo(403);
        assertThat(http.put("/api/v1/opds/" + parent).auth(operator("DINKES")).json(Map.of("name", "X",
                "kind", "BADAN", "dinas", false, "active", true)).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/opds/tree").send().status()).isEqualTo(401);
    }

    @Test
    void g1TheDirectoryListFiltersByParentStatusAndText() {
        String parent = opds.registered("FLT");
        String activeChild = opds.subUnit("FLTA", parent);
        String inactiveChild = opds.subUnit("FLTB", parent);
        opds.update(inactiveChild, "SUB_UNIT", false, parent);

        JsonNode byParent = http.get("/api/v1/opds?parent=" + parent).auth(operator("DISDIK")).send().json();
        assertThat(codes(byParent.get("items"))).containsExactly(activeChild, inactiveChild);
        JsonNode activeOnly = http.get("/api/v1/opds?parent=" + parent + "&active=true").auth(admin()).send().json();
        assertThat(codes(activeOnly.get("items"))).containsExactly(activeChild);
        assertThat(activeOnly.get("totalItems").asLong()).isEqualTo(1);
        JsonNode inactiveOnly = http.get("/api/v1/opds?active=false&size=200").auth(admin()).send().json();
        assertThat(codes(inactiveOnly.get("items"))).contains(inactiveChild).doesNotContain(activeChild);

        // q matches part of the name or code, whatever the case; its characters are taken literally.
        String token = activeChild.substring(activeChild.indexOf('-') + 1).toLowerCase();
        JsonNode byText = http.get("/api/v1/opds?q=" + token).auth(admin()).send().json();
        assertThat(codes(byText.get("items"))).containsExactly(activeChild);
        JsonNode byName = http.get("/api/v1/opds?q=BIDANG%20" + activeChild.toLowerCase()).auth(admin()).send()
                .json();
        assertThat(codes(byName.get("items"))).containsExactly(activeChild);
        TestHttp.Reply regexLike = http.get("/api/v1/opds?q=(.*").auth(admin()).send();
        assertThat(regexLike.status()).isEqualTo(200);
        assertThat(regexLike.json().get("items")).isEmpty();

        JsonNode paged = http.get("/api/v1/opds?parent=" + parent + "&size=1&sort=code,desc").auth(admin()).send()
                .json();
        assertThat(codes(paged.get("items"))).containsExactly(inactiveChild);
        assertThat(paged.get("totalPages").asInt()).isEqualTo(2);

        JsonNode notMandiri = http.get("/api/v1/opds?parent=" + parent + "&mandiriTik=false").auth(admin()).send()
                .json();
        assertThat(notMandiri.get("totalItems").asLong()).isEqualTo(2);
        assertThat(http.get("/api/v1/opds?parent=" + parent + "&mandiriTik=true").auth(admin()).send().json()
                .get("totalItems").asLong()).isZero();

        assertThat(http.get("/api/v1/opds?active=mungkin").auth(admin()).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/opds?q=" + "x".repeat(101)).auth(admin()).send().status()).isEqualTo(400);
    }
}
