package id.go.spbe.appregistry.application;

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
import static org.assertj.core.api.Assertions.assertThat;

/** A1/A2: registering applications, OPD-scoped, published as ApplicationRegistered. */
@SpbeIntegrationTest
class ApplicationRegisterIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    TestHttp.Reply registerAs(String token, Map<String, Object> body) {
        return http.post("/api/v1/applications").auth(token).json(body).send();
    }

    @Test
    void a1AnOperatorRegistersForItsOwnOpdAndTheRegistrationIsPublished() {
        TestHttp.Reply created = registerAs(operator("DINKES"),
                Map.of("name", "SIMPUS", "description", "Sistem informasi puskesmas", "applicationClass", "KHUSUS"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode app = created.json();
        String id = app.get("id").asString();
        assertThat(app.get("ownerOpd").asString()).isEqualTo("DINKES");
        assertThat(app.get("status").asString()).isEqualTo("DRAFT");
        assertThat(app.get("registeredBy").asString()).isEqualTo("operator.dinkes");
        assertThat(app.get("ownershipStatement").asString()).contains("milik Pemerintah Daerah");
        assertThat(created.header("Location")).isEqualTo("/api/v1/applications/" + id);

        ConsumerRecord<String, String> record = TestKafka.await("spbe.app-registry.application.v1",
                r -> id.equals(r.key()), Duration.ofSeconds(20));
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("type").asString()).isEqualTo("id.go.spbe.application.registered.v1");
        assertThat(event.get("opd").asString()).isEqualTo("DINKES");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "application-registered.v1"),
                event.get("data").toString());
    }

    @Test
    void anOpdNeverSeesAnotherOpdsApplicationButDinasDoes() {
        String id = registerAs(operator("DINKES"), Map.of("name", "E-Rekam Medis", "applicationClass", "KHUSUS"))
                .json().get("id").asString();
        TestHttp.Reply other = http.get("/api/v1/applications/" + id).auth(operator("DISDIK")).send();
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/applications/" + id).auth(operator("DINKES")).send().status()).isEqualTo(200);
        assertThat(http.get("/api/v1/applications/" + id).auth(admin()).send().status()).isEqualTo(200);
        assertThat(http.get("/api/v1/applications/" + id).auth(auditor()).send().status()).isEqualTo(200);

        JsonNode disdikList = http.get("/api/v1/applications").auth(operator("DISDIK")).send().json();
        assertThat(disdikList.get("items").valueStream().map(a -> a.get("id").asString())).doesNotContain(id);
        assertThat(http.get("/api/v1/applications?opd=DINKES").auth(operator("DISDIK")).send().status())
                .isEqualTo(403);
        JsonNode dinkesList = http.get("/api/v1/applications?opd=DINKES").auth(admin()).send().json();
        assertThat(dinkesList.get("items").valueStream().map(a -> a.get("id").asString())).contains(id);
    }

    @Test
    void anOperatorCannotRegisterForAnotherOpd() {
        TestHttp.Reply reply = registerAs(operator("DINKES"),
                Map.of("name", "Sembunyi", "ownerOpd", "DISDIK", "applicationClass", "UMUM"));
        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void g1DinasRegisteringForAnUnknownOpdGets422() {
        TestHttp.Reply reply = registerAs(admin(),
                Map.of("name", "Aplikasi Hantu", "ownerOpd", "TIDAK-ADA", "applicationClass", "UMUM"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("obligation").asString()).isEqualTo("G1");
        TestHttp.Reply forDisdik = registerAs(admin(),
                Map.of("name", "Dapodik Lokal", "ownerOpd", "DISDIK", "applicationClass", "UMUM"));
        assertThat(forDisdik.json().get("ownerOpd").asString()).isEqualTo("DISDIK");
    }

    @Test
    void a2TheClassMustBeOneTheRegionalRegulationKnows() {
        // Rejang Lebong knows UMUM and KHUSUS only; Khusus PD is Bitung's.
        TestHttp.Reply reply = registerAs(operator("DINKES"), Map.of("name", "X", "applicationClass", "KHUSUS_PD"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("obligation").asString()).isEqualTo("A2");
        assertThat(registerAs(operator("DINKES"), Map.of("name", "X", "applicationClass", "RAHASIA")).status())
                .isEqualTo(400);
    }

    @Test
    void badInputIsAClear4xxNeverA500() {
        assertThat(registerAs(null, Map.of("name", "X", "applicationClass", "UMUM")).status()).isEqualTo(401);
        assertThat(registerAs(auditor(), Map.of("name", "X", "applicationClass", "UMUM")).status()).isEqualTo(403);
        TestHttp.Reply malformed = http.post("/api/v1/applications").auth(operator("DINKES")).json("{oops").send();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        TestHttp.Reply missing = registerAs(operator("DINKES"), Map.of("description", "tanpa nama"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("name", "applicationClass");
        assertThat(registerAs(operator("DINKES"), Map.of("name", "X", "applicationClass", "UMUM",
                "userOpds", List.of(""))).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/applications/does-not-exist").auth(admin()).send().status()).isEqualTo(404);
    }
}
