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
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/** G1: the OPD directory, written by Dinas admins, read by everyone authenticated, published as events. */
@SpbeIntegrationTest
class OpdDirectoryIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    static String newCode() {
        return "OPD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    TestHttp.Reply registerOpd(String code, String name, boolean dinas) {
        return http.post("/api/v1/opds").auth(admin())
                .json(Map.of("code", code, "name", name, "kind", "BADAN", "dinas", dinas)).send();
    }

    @Test
    void g1TheSeedOpdsExistWithDiskominfoAsDinas() {
        JsonNode dinas = http.get("/api/v1/opds/DISKOMINFO").auth(operator("DINKES")).send().json();
        assertThat(dinas.get("dinas").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/opds/DINKES").auth(auditor()).send().status()).isEqualTo(200);
        assertThat(http.get("/api/v1/opds/DISDIK").auth(auditor()).send().status()).isEqualTo(200);
    }

    @Test
    void g1DinasAdminRegistersAnOpdAndItIsPublishedAsOpdRegistered() {
        String code = newCode();
        TestHttp.Reply created = registerOpd(code, "Badan Perencanaan", false);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/opds/" + code);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        ConsumerRecord<String, String> record = TestKafka.await("spbe.app-registry.opd.v1",
                r -> code.equals(r.key()), Duration.ofSeconds(20));
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("type").asString()).isEqualTo("id.go.spbe.opd.registered.v1");
        assertThat(event.get("opd").asString()).isEqualTo(code);
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-registered.v1"),
                event.get("data").toString());
    }

    @Test
    void g1OnlyDinasAdminsWriteTheDirectory() {
        TestHttp.Reply byOperator = http.post("/api/v1/opds").auth(operator("DINKES"))
                .json(Map.of("code", newCode(), "name", "X", "kind", "BADAN", "dinas", false)).send();
        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(byOperator.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/opds").send().status()).isEqualTo(401);
    }

    @Test
    void g1ThereIsExactlyOneDinas() {
        TestHttp.Reply second = registerOpd(newCode(), "Dinas Kominfo Kedua", true);
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json().get("obligation").asString()).isEqualTo("G1");
    }

    @Test
    void aDuplicateCodeIs409AndAnInvalidCodeIs400() {
        String code = newCode();
        registerOpd(code, "Satu", false);
        assertThat(registerOpd(code, "Dua", false).status()).isEqualTo(409);
        TestHttp.Reply invalid = registerOpd("kecil huruf", "X", false);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void g1UpdatesNeedTheCurrentVersionAndArePublishedWithAVerifiableHistory() {
        String code = newCode();
        registerOpd(code, "Nama Lama", false);
        Map<String, Object> change = Map.of("name", "Nama Baru", "kind", "BADAN", "dinas", false, "active", true);
        assertThat(http.put("/api/v1/opds/" + code).auth(admin()).header("If-Match", "\"7\"").json(change).send()
                .status()).isEqualTo(412);
        TestHttp.Reply updated = http.put("/api/v1/opds/" + code).auth(admin()).header("If-Match", "\"0\"")
                .json(change).send();
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("name").asString()).isEqualTo("Nama Baru");

        ConsumerRecord<String, String> record = TestKafka.await("spbe.app-registry.opd.v1",
                r -> code.equals(r.key()) && r.value().contains("opd.updated"), Duration.ofSeconds(20));
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-updated.v1"),
                JSON.readTree(record.value()).get("data").toString());

        JsonNode history = http.get("/api/v1/opds/" + code + "/history").auth(admin()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries")).hasSize(2);
        assertThat(history.get("entries").get(1).get("actor").asString()).isEqualTo("admin.dinas");
        assertThat(http.get("/api/v1/opds/" + code + "/history").auth(operator("DINKES")).send().status())
                .isEqualTo(403);
    }

    @Test
    void theDirectoryListIsPagedAndSortable() {
        JsonNode page = http.get("/api/v1/opds?size=2&sort=name,desc").auth(operator("DISDIK")).send().json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        String first = page.get("items").get(0).get("name").asString();
        String second = page.get("items").get(1).get("name").asString();
        assertThat(first.compareTo(second)).isGreaterThanOrEqualTo(0);
        assertThat(http.get("/api/v1/opds?size=500").auth(admin()).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/opds?sort=secret").auth(admin()).send().status()).isEqualTo(400);
    }
}
