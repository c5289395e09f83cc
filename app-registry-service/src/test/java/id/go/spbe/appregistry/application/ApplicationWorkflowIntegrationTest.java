package id.go.spbe.appregistry.application;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/** The registration workflow through HTTP (A3–A6, A8–A11): roles, OPD scope, events, history, bad input. */
@SpbeIntegrationTest
class ApplicationWorkflowIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOPIC = "spbe.app-registry.application.v1";

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    static Map<String, Object> form(String name, String licence) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("description", "Aplikasi " + name + " untuk pelayanan kesehatan");
        form.put("applicationClass", "KHUSUS");
        form.put("serviceType", "TRANSAKSI");
        form.put("functionDomains", List.of("SEKTOR_KESEHATAN"));
        form.put("licence", Map.of("kind", licence, "spdxId", licence.equals("OPEN_SOURCE") ? "EUPL-1.2" : "LicenseRef-Vendor"));
        form.put("sourceRepositoryUrl", "https://git.rejanglebongkab.go.id/dinkes/" + name.toLowerCase());
        form.put("techStack", List.of("Java 17", "Spring Boot"));
        form.put("database", "PostgreSQL 16");
        form.put("hosting", Map.of("kind", "PUSAT_DATA_VPS", "reference", "vps-021"));
        form.put("url", "https://" + name.toLowerCase() + ".rejanglebongkab.go.id");
        form.put("maintenance", Map.of("type", "CONTRACT", "maintainer", "PT Sehat Digital",
                "contractNumber", "027/DINKES/2026", "contractEndsOn", "2027-12-31"));
        form.put("contacts", List.of(Map.of("name", "dr. Ani", "role", "Pemilik proses bisnis",
                "email", "ani@rejanglebongkab.go.id", "phone", "+62 732 21000")));
        return form;
    }

    String register(String name, String licence) {
        TestHttp.Reply created = http.post("/api/v1/applications").auth(operator("DINKES")).json(form(name, licence))
                .send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    TestHttp.Reply step(String token, String id, String verb, Object body) {
        TestHttp.Call call = http.post("/api/v1/applications/" + id + "/" + verb).auth(token);
        return body == null ? call.send() : call.json(body).send();
    }

    static String coordinator() {
        return TestJwtIssuer.shared().user("koordinator").roles("COORDINATOR").bearer();
    }

    @Test
    void a3TheOpdSubmitsAndOnlyDinasRecommendsEveryStepPublishedAndHistoried() {
        String id = register("SIMPUS", "OPEN_SOURCE");
        TestHttp.Reply submitted = step(operator("DINKES"), id, "submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(step(operator("DINKES"), id, "recommend", Map.of()).status()).isEqualTo(403);
        assertThat(step(auditor(), id, "recommend", Map.of()).status()).isEqualTo(403);

        TestHttp.Reply recommended = step(admin(), id, "recommend", Map.of("note", "Sesuai arsitektur SPBE daerah"));
        assertThat(recommended.status()).as(recommended.text()).isEqualTo(200);
        JsonNode app = recommended.json();
        assertThat(app.get("status").asString()).isEqualTo("RECOMMENDED");
        assertThat(app.get("recommendation").get("by").asString()).isEqualTo("admin.dinas");
        assertThat(app.get("maintenance").get("contractEndsOn").asString()).isEqualTo("2027-12-31");

        List<ConsumerRecord<String, String>> events = TestKafka.awaitAll(TOPIC, r -> id.equals(r.key()), 3,
                Duration.ofSeconds(20));
        List<JsonNode> changes = events.stream().map(r -> JSON.readTree(r.value()))
                .filter(e -> e.get("type").asString().equals("id.go.spbe.application.status-changed.v1")).toList();
        assertThat(changes).extracting(e -> e.get("data").get("to").asString())
                .containsExactly("SUBMITTED", "RECOMMENDED");
        changes.forEach(e -> EventSchemas.assertValid(
                EventSchemas.producerSchema("app-registry-service", "application-status-changed.v1"),
                e.get("data").toString()));

        JsonNode history = http.get("/api/v1/applications/" + id + "/history").auth(operator("DINKES")).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries")).hasSize(3);
    }

    @Test
    void a3ARejectionNeedsAReasonAndTheOpdMayReviseAndResubmit() {
        String id = register("SIKDA", "OPEN_SOURCE");
        step(operator("DINKES"), id, "submit", null);
        TestHttp.Reply noReason = step(admin(), id, "reject", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        TestHttp.Reply rejected = step(admin(), id, "reject", Map.of("reason", "Duplikat SIMPUS milik DINKES"));
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("rejection").get("note").asString()).contains("Duplikat");

        Map<String, Object> revised = form("SIKDA", "OPEN_SOURCE");
        revised.put("description", "Integrasi ke SIMPUS, bukan aplikasi baru");
        TestHttp.Reply edited = http.put("/api/v1/applications/" + id).auth(operator("DINKES"))
                .header("If-Match", rejected.header("ETag")).json(revised).send();
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(step(operator("DINKES"), id, "submit", null).json().get("status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void a4AClosedSourceApplicationNeedsARecordedDinasConsideration() {
        String id = register("SIMRS", "CLOSED_SOURCE");
        step(operator("DINKES"), id, "submit", null);
        TestHttp.Reply refused = step(admin(), id, "recommend", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("obligation").asString()).isEqualTo("A4");
        TestHttp.Reply recommended = step(admin(), id, "recommend",
                Map.of("closedSourceConsideration", "Vendor SIMRS tunggal tersertifikasi Kemenkes; kode sumber diserahkan"));
        assertThat(recommended.status()).as(recommended.text()).isEqualTo(200);
        assertThat(recommended.json().get("closedSourceConsideration").get("note").asString()).contains("Vendor");
    }

    @Test
    void a5AndA6TheStageMovesForwardAndImplementationNeedsAPassedTest() {
        String id = register("SIMLAB", "OPEN_SOURCE");
        assertThat(step(operator("DINKES"), id, "stage", Map.of("stage", "TESTING")).json().get("stage").asString())
                .isEqualTo("TESTING");
        TestHttp.Reply back = step(operator("DINKES"), id, "stage", Map.of("stage", "DESIGN", "reason", "ulang"));
        assertThat(back.status()).isEqualTo(422);
        assertThat(back.json().get("obligation").asString()).isEqualTo("A5");
        TestHttp.Reply noTest = step(operator("DINKES"), id, "stage", Map.of("stage", "IMPLEMENTATION"));
        assertThat(noTest.status()).isEqualTo(422);
        assertThat(noTest.json().get("obligation").asString()).isEqualTo("A6");

        TestHttp.Reply result = step(operator("DINKES"), id, "test-results", Map.of("kind", "USER_ACCEPTANCE",
                "testedOn", "2026-11-20", "passed", true, "summary", "UAT 42 skenario lulus"));
        assertThat(result.status()).as(result.text()).isEqualTo(201);
        assertThat(result.json().get("recordedBy").asString()).isEqualTo("operator.dinkes");
        assertThat(step(operator("DINKES"), id, "stage", Map.of("stage", "IMPLEMENTATION")).status()).isEqualTo(200);
        TestHttp.Reply dinasBack = step(admin(), id, "stage",
                Map.of("stage", "CONSTRUCTION", "reason", "Temuan keamanan harus diperbaiki dulu"));
        assertThat(dinasBack.json().get("stage").asString()).isEqualTo("CONSTRUCTION");

        ConsumerRecord<String, String> stageEvent = TestKafka.await(TOPIC, r -> id.equals(r.key())
                && r.value().contains("stage-changed") && r.value().contains("Temuan"), Duration.ofSeconds(20));
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "application-stage-changed.v1"),
                JSON.readTree(stageEvent.value()).get("data").toString());
    }

    @Test
    void a8DepositWithoutTheRequiredDocumentsIsRefusedNamingWhatIsMissing() {
        String id = register("SIMKES", "OPEN_SOURCE");
        step(operator("DINKES"), id, "submit", null);
        step(admin(), id, "recommend", Map.of());
        TestHttp.Reply deposit = step(operator("DINKES"), id, "deposit", null);
        assertThat(deposit.status()).isEqualTo(422);
        assertThat(deposit.json().get("obligation").asString()).isEqualTo("A8");
        assertThat(deposit.json().get("detail").asString())
                .contains("REQUIREMENTS_SPEC", "USER_MANUAL", "SOURCE_CODE");
    }

    @Test
    void a9OnlyDinasReviewsConformanceAndOnlyOfAnApplicationItHasReceived() {
        String id = register("SIMGIZI", "OPEN_SOURCE");
        Map<String, Object> review = Map.of("result", "SESUAI", "reviewedOn", "2026-11-21");
        assertThat(step(operator("DINKES"), id, "conformance-reviews", review).status()).isEqualTo(403);
        assertThat(step(admin(), id, "conformance-reviews", review).status()).isEqualTo(409);
        assertThat(step(admin(), id, "conformance-reviews", Map.of("result", "SESUAI", "reviewedOn", "2999-01-01"))
                .status()).isEqualTo(400);
    }

    @Test
    void a10AnApplicationUrlOutsideTheRegionsDomainIsRefused() {
        Map<String, Object> outside = form("SIMOBAT", "OPEN_SOURCE");
        outside.put("url", "https://simobat.vendor-cloud.com");
        TestHttp.Reply reply = http.post("/api/v1/applications").auth(operator("DINKES")).json(outside).send();
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("obligation").asString()).isEqualTo("A10");
    }

    @Test
    void a11SharedUseAcrossOpdIsApprovedByTheCoordinationTeamOnly() {
        Map<String, Object> shared = form("SIPKD", "OPEN_SOURCE");
        shared.put("userOpds", List.of("DISDIK"));
        String id = http.post("/api/v1/applications").auth(operator("DINKES")).json(shared).send().json()
                .get("id").asString();
        assertThat(http.get("/api/v1/applications/" + id).auth(admin()).send().json().get("sharedUse").asString())
                .isEqualTo("PENDING_APPROVAL");
        assertThat(step(admin(), id, "shared-use-approval", Map.of()).status()).isEqualTo(403);
        TestHttp.Reply approved = step(coordinator(), id, "shared-use-approval", Map.of("note", "Rapat TK 3/2026"));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json().get("sharedUse").asString()).isEqualTo("APPROVED");
        assertThat(step(coordinator(), id, "shared-use-approval", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void editsAreGuardedByIfMatchAndReviewedFieldsFreezeOnSubmission() {
        String id = register("SIMAKES", "OPEN_SOURCE");
        TestHttp.Reply current = http.get("/api/v1/applications/" + id).auth(operator("DINKES")).send();
        Map<String, Object> edited = form("SIMAKES", "OPEN_SOURCE");
        edited.put("database", "MariaDB 11");
        TestHttp.Reply stale = http.put("/api/v1/applications/" + id).auth(operator("DINKES"))
                .header("If-Match", "\"999\"").json(edited).send();
        assertThat(stale.status()).isEqualTo(412);
        TestHttp.Reply ok = http.put("/api/v1/applications/" + id).auth(operator("DINKES"))
                .header("If-Match", current.header("ETag")).json(edited).send();
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.json().get("database").asString()).isEqualTo("MariaDB 11");
        assertThat(http.put("/api/v1/applications/" + id).auth(operator("DINKES")).header("If-Match",
                current.header("ETag")).json(edited).send().status()).as("the old ETag is stale now").isEqualTo(412);

        step(operator("DINKES"), id, "submit", null);
        Map<String, Object> renamed = form("SIMAKES", "OPEN_SOURCE");
        renamed.put("name", "SIMAKES Baru");
        assertThat(http.put("/api/v1/applications/" + id).auth(operator("DINKES")).json(renamed).send().status())
                .isEqualTo(409);
    }

    @Test
    void everyWorkflowEndpointHidesAnotherOpdsApplicationAndRefusesTheWrongRole() {
        String id = register("SIMPONI", "OPEN_SOURCE");
        Map<String, Object> anyBody = Map.of("reason", "x", "note", "x", "consideration", "x", "stage", "DESIGN",
                "kind", "FUNCTIONAL", "testedOn", "2026-11-01", "passed", true, "summary", "x", "result", "SESUAI",
                "reviewedOn", "2026-11-01");
        List<String> ownerSteps = List.of("submit", "deposit", "decommission", "stage", "test-results");
        List<String> dinasSteps = List.of("recommend", "reject", "activate", "closed-source-consideration",
                "conformance-reviews");
        for (String verb : ownerSteps) {
            assertThat(step(operator("DISDIK"), id, verb, anyBody).status()).as(verb).isEqualTo(404);
            assertThat(step(auditor(), id, verb, anyBody).status()).as(verb).isEqualTo(403);
            assertThat(step(null, id, verb, anyBody).status()).as(verb).isEqualTo(401);
        }
        for (String verb : dinasSteps) {
            assertThat(step(operator("DINKES"), id, verb, anyBody).status()).as(verb).isEqualTo(403);
            assertThat(step(admin(), "no-such-app", verb, anyBody).status()).as(verb).isEqualTo(404);
        }
        assertThat(http.put("/api/v1/applications/" + id).auth(operator("DISDIK")).json(form("SIMPONI", "OPEN_SOURCE"))
                .send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/applications/" + id + "/history").auth(operator("DISDIK")).send().status())
                .isEqualTo(404);
        assertThat(step(coordinator(), id, "shared-use-approval", null).status())
                .as("coordinators see every OPD, so they get the rule, not a 404").isEqualTo(422);
    }

    @Test
    void badInputIsAClear4xxOnEveryWorkflowEndpoint() {
        String id = register("SIMTB", "OPEN_SOURCE");
        for (String verb : List.of("reject", "decommission", "stage", "test-results", "recommend",
                "closed-source-consideration", "conformance-reviews")) {
            TestHttp.Reply malformed = http.post("/api/v1/applications/" + id + "/" + verb).auth(admin())
                    .json("{\"stage\": ").send();
            assertThat(malformed.status()).as(verb).isEqualTo(400);
            assertThat(malformed.contentType()).startsWith("application/problem+json");
        }
        assertThat(step(operator("DINKES"), id, "stage", Map.of("stage", "PRODUKSI")).status()).isEqualTo(400);
        assertThat(step(operator("DINKES"), id, "test-results", Map.of("kind", "FUNCTIONAL", "testedOn", "kemarin",
                "passed", true, "summary", "x")).status()).isEqualTo(400);
        assertThat(step(operator("DINKES"), id, "test-results", Map.of("kind", "FUNCTIONAL", "testedOn",
                "2026-11-01", "passed", "ya", "summary", "x")).status()).isEqualTo(400);
        TestHttp.Reply illegal = step(admin(), id, "activate", null);
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.contentType()).startsWith("application/problem+json");
        assertThat(http.post("/api/v1/applications/" + id + "/reject").auth(admin())
                .body("text/plain", "alasan").send().status()).isEqualTo(415);
        Map<String, Object> badContact = form("SIMTB2", "OPEN_SOURCE");
        badContact.put("contacts", List.of(Map.of("name", "X", "email", "bukan-email")));
        badContact.put("sourceRepositoryUrl", "git@github.com:x/y.git");
        TestHttp.Reply invalid = http.post("/api/v1/applications").auth(operator("DINKES")).json(badContact).send();
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("contacts[0].email", "sourceRepositoryUrl");
        TestHttp.Reply badDomain = http.get("/api/v1/applications?functionDomain=ASTROLOGI").auth(admin()).send();
        assertThat(badDomain.status()).isEqualTo(400);
    }

    @Test
    void theListFiltersByStatusStageAndFunctionDomainWithinTheCallersScope() {
        String id = register("SIMFILTER", "OPEN_SOURCE");
        step(operator("DINKES"), id, "submit", null);
        JsonNode submitted = http.get("/api/v1/applications?status=SUBMITTED&functionDomain=SEKTOR_KESEHATAN&size=200")
                .auth(operator("DINKES")).send().json();
        assertThat(submitted.get("items").valueStream().map(a -> a.get("id").asString())).contains(id);
        assertThat(submitted.get("items").valueStream().map(a -> a.get("status").asString())).containsOnly("SUBMITTED");
        JsonNode wrongDomain = http.get("/api/v1/applications?functionDomain=KEUANGAN&size=200")
                .auth(operator("DINKES")).send().json();
        assertThat(wrongDomain.get("items").valueStream().map(a -> a.get("id").asString())).doesNotContain(id);
        JsonNode disdik = http.get("/api/v1/applications?status=SUBMITTED&size=200").auth(operator("DISDIK")).send()
                .json();
        assertThat(disdik.get("items").valueStream().map(a -> a.get("ownerOpd").asString())).doesNotContain("DINKES");
    }
}
