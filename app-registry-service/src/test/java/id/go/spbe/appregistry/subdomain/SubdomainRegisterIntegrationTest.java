package id.go.spbe.appregistry.subdomain;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A10 (apps and OPD websites on subdomains of the region's domain, allocated once, by Dinas) and A1 (only
 * registered applications get one), OPD-scoped, published as subdomain events.
 */
@SpbeIntegrationTest
class SubdomainRegisterIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DOMAIN = "rejanglebongkab.go.id";
    static final String TOPIC = "spbe.app-registry.subdomain.v1";
    static final String PATH = "/api/v1/subdomains";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    static String newLabel() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    String registerApp(String token, String name) {
        TestHttp.Reply reply = http.post("/api/v1/applications").auth(token)
                .json(Map.of("name", name, "applicationClass", "KHUSUS")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    TestHttp.Reply claim(String token, Map<String, Object> body) {
        return http.post(PATH).auth(token).json(body).send();
    }

    TestHttp.Reply claimForApp(String token, String label, String appId) {
        return claim(token, Map.of("label", label, "purpose", "APLIKASI", "applicationId", appId));
    }

    TestHttp.Reply post(String token, String path, Map<String, Object> body) {
        return http.post(path).auth(token).json(body).send();
    }

    static JsonNode awaitEvent(String fqdn, String type) {
        ConsumerRecord<String, String> record = TestKafka.await(TOPIC,
                r -> fqdn.equals(r.key()) && r.value().contains("\"" + type + "\""), Duration.ofSeconds(20));
        return JSON.readTree(record.value());
    }

    static void assertSchemaValid(JsonNode event, String schema) {
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", schema),
                event.get("data").toString());
    }

    static void assertRuleViolation(TestHttp.Reply reply, String obligation) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("obligation").asString()).isEqualTo(obligation);
    }

    @Test
    void a10DinasAllocatesASubdomainForARegisteredApplicationAndItIsPublished() {
        String appId = registerApp(operator("DINKES"), "SIMPUS");
        String label = newLabel();
        TestHttp.Reply created = claimForApp(admin(), label.toUpperCase(), appId);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String fqdn = label + "." + DOMAIN;
        JsonNode body = created.json();
        assertThat(body.get("fqdn").asString()).isEqualTo(fqdn);
        assertThat(body.get("label").asString()).isEqualTo(label);
        assertThat(body.get("status").asString()).isEqualTo("ALLOCATED");
        assertThat(body.get("ownerOpd").asString()).isEqualTo("DINKES");
        assertThat(body.get("applicationId").asString()).isEqualTo(appId);
        assertThat(body.get("generation").asInt()).isEqualTo(1);
        assertThat(body.get("allocatedBy").asString()).isEqualTo("admin.dinas");
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + fqdn);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        JsonNode event = awaitEvent(fqdn, "id.go.spbe.subdomain.allocated.v1");
        assertThat(event.get("opd").asString()).isEqualTo("DINKES");
        assertThat(event.get("data").get("applicationId").asString()).isEqualTo(appId);
        assertSchemaValid(event, "subdomain-allocated.v1");

        TestHttp.Reply byLabel = http.get(PATH + "/" + label).auth(operator("DINKES")).send();
        assertThat(byLabel.status()).isEqualTo(200);
        assertThat(byLabel.json().get("fqdn").asString()).isEqualTo(fqdn);
    }

    @Test
    void a10AnOpdOperatorRequestsAndOnlyDinasAllocates() {
        String appId = registerApp(operator("DINKES"), "E-Puskesmas");
        String label = newLabel();
        String fqdn = label + "." + DOMAIN;
        TestHttp.Reply requested = claim(operator("DINKES"),
                Map.of("fqdn", fqdn, "purpose", "APLIKASI", "applicationId", appId));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(requested.json().get("requestedBy").asString()).isEqualTo("operator.dinkes");
        assertSchemaValid(awaitEvent(fqdn, "id.go.spbe.subdomain.requested.v1"), "subdomain-requested.v1");

        assertThat(http.post(PATH + "/" + fqdn + "/allocate").auth(operator("DINKES")).send().status())
                .isEqualTo(403);
        assertThat(http.post(PATH + "/" + fqdn + "/allocate").auth(admin()).header("If-Match", "\"5\"").send()
                .status()).isEqualTo(412);
        TestHttp.Reply allocated = http.post(PATH + "/" + fqdn + "/allocate").auth(admin())
                .header("If-Match", requested.header("ETag")).send();
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
        assertThat(allocated.json().get("status").asString()).isEqualTo("ALLOCATED");
        assertThat(allocated.json().get("allocatedBy").asString()).isEqualTo("admin.dinas");
        assertThat(allocated.header("ETag")).isEqualTo("\"1\"");
        assertSchemaValid(awaitEvent(fqdn, "id.go.spbe.subdomain.allocated.v1"), "subdomain-allocated.v1");

        assertThat(http.post(PATH + "/" + fqdn + "/allocate").auth(admin()).send().status())
                .as("granting twice").isEqualTo(409);
    }

    @Test
    void a10DinasRefusesARequestWithAReasonAndTheNameIsFreeAgain() {
        String label = newLabel();
        String fqdn = label + "." + DOMAIN;
        assertThat(claim(operator("DISDIK"), Map.of("label", label, "purpose", "SITUS_OPD")).status())
                .isEqualTo(201);
        assertThat(availability(label).get("availability").asString()).isEqualTo("TAKEN");
        assertThat(post(operator("DISDIK"), PATH + "/" + fqdn + "/refuse", Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(post(admin(), PATH + "/" + fqdn + "/refuse", Map.of()).status()).isEqualTo(400);

        TestHttp.Reply refused = post(admin(), PATH + "/" + fqdn + "/refuse",
                Map.of("reason", "Gunakan subdomain disdik yang sudah ada"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.json().get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.json().get("refusalReason").asString()).isEqualTo("Gunakan subdomain disdik yang sudah ada");
        assertSchemaValid(awaitEvent(fqdn, "id.go.spbe.subdomain.refused.v1"), "subdomain-refused.v1");
        assertThat(post(admin(), PATH + "/" + fqdn + "/refuse", Map.of("reason", "lagi")).status())
                .isEqualTo(409);

        assertThat(availability(label).get("availability").asString()).isEqualTo("AVAILABLE");
        TestHttp.Reply again = claim(operator("DISDIK"), Map.of("label", label, "purpose", "SITUS_OPD"));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("generation").asInt()).isEqualTo(2);
        assertThat(again.json().get("refusalReason").isNull()).isTrue();
    }

    @Test
    void a10AReleasedNameCanBeAllocatedAgainAndItsHistoryContinues() {
        String simpus = registerApp(operator("DINKES"), "SIMPUS Lama");
        String dapodik = registerApp(operator("DISDIK"), "Dapodik Lokal");
        String label = newLabel();
        String fqdn = label + "." + DOMAIN;
        claimForApp(admin(), label, simpus);

        assertThat(post(operator("DINKES"), PATH + "/" + fqdn + "/release", Map.of("reason", " ")).status())
                .isEqualTo(400);
        TestHttp.Reply released = post(operator("DINKES"), PATH + "/" + fqdn + "/release",
                Map.of("reason", "Aplikasi digabung ke SIMPUS baru"));
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().get("status").asString()).isEqualTo("RELEASED");
        assertThat(released.json().get("releasedBy").asString()).isEqualTo("operator.dinkes");
        JsonNode event = awaitEvent(fqdn, "id.go.spbe.subdomain.released.v1");
        assertThat(event.get("data").get("reason").asString()).isEqualTo("Aplikasi digabung ke SIMPUS baru");
        assertSchemaValid(event, "subdomain-released.v1");
        assertThat(post(admin(), PATH + "/" + fqdn + "/release", Map.of("reason", "lagi")).status())
                .as("releasing a released name").isEqualTo(409);

        TestHttp.Reply reallocated = claimForApp(admin(), label, dapodik);
        assertThat(reallocated.status()).as(reallocated.toString()).isEqualTo(201);
        assertThat(reallocated.json().get("generation").asInt()).isEqualTo(2);
        assertThat(reallocated.json().get("ownerOpd").asString()).isEqualTo("DISDIK");
        assertThat(http.get(PATH + "/" + fqdn).auth(operator("DINKES")).send().status())
                .as("the previous holder no longer sees it").isEqualTo(404);

        JsonNode history = http.get(PATH + "/" + fqdn + "/history").auth(auditor()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").valueStream().map(e -> e.get("action").asString())).containsExactly(
                "id.go.spbe.subdomain.allocated.v1", "id.go.spbe.subdomain.released.v1",
                "id.go.spbe.subdomain.allocated.v1");
        assertThat(history.get("entries").get(1).get("actor").asString()).isEqualTo("operator.dinkes");
        assertThat(history.get("entries").get(0).get("data").asString()).contains(simpus);
        assertThat(http.get(PATH + "/" + fqdn + "/history").auth(operator("DISDIK")).send().status())
                .isEqualTo(403);
    }

    @Test
    void a10ANameOutsideTheRegionsDomainIsRefused() {
        String appId = registerApp(operator("DINKES"), "Outside");
        TestHttp.Reply outside = claim(admin(),
                Map.of("fqdn", "simpus.example.com", "purpose", "APLIKASI", "applicationId", appId));
        assertRuleViolation(outside, "A10");
        assertThat(outside.json().get("detail").asString()).contains("URL di luar domain " + DOMAIN);
        assertRuleViolation(claim(admin(), Map.of("fqdn", "simpus." + DOMAIN + ".evil.com", "purpose", "APLIKASI",
                "applicationId", appId)), "A10");
        assertRuleViolation(claim(admin(), Map.of("fqdn", "evil" + DOMAIN, "purpose", "APLIKASI",
                "applicationId", appId)), "A10");
        assertRuleViolation(claim(admin(), Map.of("fqdn", DOMAIN, "purpose", "APLIKASI",
                "applicationId", appId)), "A10");
        assertRuleViolation(claim(admin(), Map.of("fqdn", "ppid.dinkes." + DOMAIN, "purpose", "APLIKASI",
                "applicationId", appId)), "A10");
    }

    @Test
    void a10TheNameMustBeAValidDnsLabel() {
        String appId = registerApp(operator("DINKES"), "Invalid names");
        List<String> invalid = List.of("simpus_dinkes", "-simpus", "simpus-", "sim pus", "a".repeat(64), "ab--cd",
                "ä ö");
        for (String bad : invalid) {
            assertRuleViolation(claimForApp(admin(), bad, appId), "A10");
        }
    }

    @Test
    void a10ReservedNamesAreNeverAllocated() {
        String appId = registerApp(operator("DINKES"), "Reserved");
        assertRuleViolation(claimForApp(admin(), "www", appId), "A10");
        assertRuleViolation(claimForApp(admin(), "MAIL", appId), "A10");
        assertRuleViolation(claim(admin(), Map.of("fqdn", "webmail." + DOMAIN, "purpose", "APLIKASI",
                "applicationId", appId)), "A10");
        assertRuleViolation(claim(operator("DINKES"), Map.of("label", "sso", "purpose", "SITUS_OPD")), "A10");
        JsonNode reserved = availability("Autodiscover");
        assertThat(reserved.get("availability").asString()).isEqualTo("RESERVED");
        assertThat(reserved.get("available").asBoolean()).isFalse();
        assertThat(reserved.get("reason").asString()).contains("dicadangkan");
    }

    @Test
    void a10ANameIsHeldByOneOpdAtATime() {
        String simpus = registerApp(operator("DINKES"), "Unique A");
        String dapodik = registerApp(operator("DISDIK"), "Unique B");
        String label = newLabel();
        assertThat(claimForApp(admin(), label, simpus).status()).isEqualTo(201);
        TestHttp.Reply twice = claimForApp(admin(), label.toUpperCase(), dapodik);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(claim(operator("DISDIK"), Map.of("fqdn", label + "." + DOMAIN.toUpperCase(), "purpose", "APLIKASI",
                "applicationId", dapodik)).status()).isEqualTo(409);
        JsonNode taken = availability(label + "." + DOMAIN);
        assertThat(taken.get("availability").asString()).isEqualTo("TAKEN");
        assertThat(taken.get("reason").asString()).doesNotContain("DINKES");
    }

    @Test
    void a1OnlyRegisteredApplicationsThatAreStillValidGetASubdomain() {
        assertRuleViolation(claim(admin(), Map.of("label", newLabel(), "purpose", "APLIKASI")), "A1");
        assertRuleViolation(claim(operator("DINKES"), Map.of("label", newLabel(), "purpose", "LAYANAN_API")), "A1");
        assertThat(claimForApp(admin(), newLabel(), "no-such-application").status()).isEqualTo(404);

        for (String status : List.of("REJECTED", "DECOMMISSIONED")) {
            String appId = registerApp(operator("DINKES"), "Status " + status);
            // The application workflow is another feature's; set the state it would reach directly.
            setApplicationStatus(appId, status);
            TestHttp.Reply refused = claimForApp(admin(), newLabel(), appId);
            assertRuleViolation(refused, "A1");
            assertThat(refused.json().get("detail").asString()).contains(status);
        }
    }

    @Test
    void a1ARequestedNameIsNotGrantedOnceItsApplicationWasDecommissioned() {
        String appId = registerApp(operator("DINKES"), "Soon gone");
        String label = newLabel();
        assertThat(claimForApp(operator("DINKES"), label, appId).status()).isEqualTo(201);
        setApplicationStatus(appId, "DECOMMISSIONED");
        assertRuleViolation(http.post(PATH + "/" + label + "." + DOMAIN + "/allocate").auth(admin()).send(), "A1");
    }

    @Test
    void aDraftOrActiveApplicationIsRegisteredEnough() {
        String appId = registerApp(operator("DINKES"), "Draft app");
        assertThat(claimForApp(admin(), newLabel(), appId).status()).isEqualTo(201);
        setApplicationStatus(appId, "ACTIVE");
        assertThat(claim(admin(), Map.of("label", newLabel(), "purpose", "LAYANAN_API", "applicationId", appId))
                .status()).isEqualTo(201);
    }

    @Test
    void anOpdWebsiteNeedsAKnownOpdAndOperatorsActForTheirOwnOpdOnly() {
        TestHttp.Reply own = claim(operator("DISDIK"), Map.of("label", newLabel(), "purpose", "SITUS_OPD"));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.json().get("ownerOpd").asString()).isEqualTo("DISDIK");
        assertThat(own.json().get("applicationId").isNull()).isTrue();

        assertThat(claim(operator("DISDIK"), Map.of("label", newLabel(), "purpose", "SITUS_OPD", "opd", "DINKES"))
                .status()).isEqualTo(403);
        assertRuleViolation(claim(admin(), Map.of("label", newLabel(), "purpose", "SITUS_OPD", "opd", "TIDAK-ADA")),
                "G1");
        TestHttp.Reply forDinkes = claim(admin(), Map.of("label", newLabel(), "purpose", "SITUS_OPD", "opd", "DINKES"));
        assertThat(forDinkes.status()).isEqualTo(201);
        assertThat(forDinkes.json().get("ownerOpd").asString()).isEqualTo("DINKES");
        assertThat(forDinkes.json().get("status").asString()).isEqualTo("ALLOCATED");
    }

    @Test
    void anOpdNeverSeesOrTouchesAnotherOpdsSubdomainButRegionWideRolesSeeAll() {
        String appId = registerApp(operator("DINKES"), "Scoped");
        String label = newLabel();
        String fqdn = label + "." + DOMAIN;
        claimForApp(admin(), label, appId);

        TestHttp.Reply other = http.get(PATH + "/" + fqdn).auth(operator("DISDIK")).send();
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(post(operator("DISDIK"), PATH + "/" + fqdn + "/release", Map.of("reason", "bukan milik saya"))
                .status()).isEqualTo(404);
        assertThat(claimForApp(operator("DISDIK"), newLabel(), appId).status())
                .as("another OPD's application is unknown to the operator").isEqualTo(404);
        assertThat(http.get(PATH + "?opd=DINKES").auth(operator("DISDIK")).send().status()).isEqualTo(403);
        assertThat(fqdns(http.get(PATH + "?size=200").auth(operator("DISDIK")).send().json())).doesNotContain(fqdn);

        assertThat(http.get(PATH + "/" + fqdn).auth(operator("DINKES")).send().status()).isEqualTo(200);
        assertThat(http.get(PATH + "/" + fqdn).auth(auditor()).send().status()).isEqualTo(200);
        assertThat(http.get(PATH + "/" + fqdn).auth(admin()).send().status()).isEqualTo(200);
        assertThat(fqdns(http.get(PATH + "?applicationId=" + appId).auth(auditor()).send().json()))
                .containsExactly(fqdn);
        // An operator who is also region-wide may see, but still not act for, another OPD.
        String coordinatorOperator = TestJwtIssuer.shared().user("op.coord").opd("DISDIK")
                .roles("OPD_OPERATOR", "COORDINATOR").bearer();
        assertThat(post(coordinatorOperator, PATH + "/" + fqdn + "/release", Map.of("reason", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void theListIsPagedAndFilteredByApplicationOpdAndStatus() {
        String appId = registerApp(operator("DINKES"), "Listed");
        String allocated = newLabel();
        String requested = newLabel();
        claimForApp(admin(), allocated, appId);
        claimForApp(operator("DINKES"), requested, appId);

        JsonNode ofApp = http.get(PATH + "?applicationId=" + appId).auth(operator("DINKES")).send().json();
        assertThat(fqdns(ofApp)).containsExactlyInAnyOrder(allocated + "." + DOMAIN, requested + "." + DOMAIN);
        JsonNode pending = http.get(PATH + "?applicationId=" + appId + "&status=REQUESTED").auth(operator("DINKES"))
                .send().json();
        assertThat(fqdns(pending)).containsExactly(requested + "." + DOMAIN);
        JsonNode dinkes = http.get(PATH + "?opd=DINKES&status=ALLOCATED&size=200").auth(admin()).send().json();
        assertThat(fqdns(dinkes)).contains(allocated + "." + DOMAIN).doesNotContain(requested + "." + DOMAIN);
        assertThat(dinkes.get("items").valueStream().map(s -> s.get("ownerOpd").asString())).containsOnly("DINKES");

        JsonNode page = http.get(PATH + "?size=1&sort=label,desc").auth(admin()).send().json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        for (String field : List.of("fqdn", "label", "ownerOpd", "status", "purpose", "requestedAt", "allocatedAt")) {
            assertThat(http.get(PATH + "?sort=" + field + ",desc").auth(admin()).send().status()).as(field)
                    .isEqualTo(200);
        }
        assertThat(http.get(PATH + "?status=BOGUS").auth(admin()).send().status()).isEqualTo(400);
        assertThat(http.get(PATH + "?sort=secret").auth(admin()).send().status()).isEqualTo(400);
        assertThat(http.get(PATH + "?size=0").auth(admin()).send().status()).isEqualTo(400);
        assertThat(http.get(PATH).send().status()).isEqualTo(401);
    }

    @Test
    void availabilityAnswersAnyAuthenticatedCallerWithAReason() {
        String coordinator = TestJwtIssuer.shared().user("koordinator").roles("COORDINATOR").bearer();
        JsonNode free = http.get(PATH + "/availability?label=" + "Baru-" + newLabel()).auth(coordinator).send().json();
        assertThat(free.get("availability").asString()).isEqualTo("AVAILABLE");
        assertThat(free.get("available").asBoolean()).isTrue();
        assertThat(free.get("fqdn").asString()).startsWith("baru-").endsWith("." + DOMAIN);

        JsonNode invalid = availability("bad_label");
        assertThat(invalid.get("availability").asString()).isEqualTo("INVALID");
        assertThat(invalid.get("reason").asString()).contains("RFC 1123");
        assertThat(availability("simpus.example.com").get("reason").asString()).contains("URL di luar domain");

        assertThat(http.get(PATH + "/availability").auth(coordinator).send().status()).isEqualTo(400);
        assertThat(http.get(PATH + "/availability?label=x").send().status()).isEqualTo(401);
    }

    @Test
    void badInputIsAClear4xxNeverA500() {
        String appId = registerApp(operator("DINKES"), "Bad input");
        Map<String, Object> valid = Map.of("label", newLabel(), "purpose", "APLIKASI", "applicationId", appId);
        assertThat(claim(null, valid).status()).isEqualTo(401);
        assertThat(claim(auditor(), valid).status()).isEqualTo(403);
        TestHttp.Reply malformed = http.post(PATH).auth(admin()).json("{oops").send();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(claim(admin(), with(valid, "purpose", "RAHASIA")).status()).isEqualTo(400);
        assertThat(claim(admin(), with(valid, "purpose", 5)).status()).isEqualTo(400);
        assertThat(claim(admin(), with(valid, "label", Map.of("x", 1))).status()).isEqualTo(400);
        assertThat(claim(admin(), with(valid, "label", List.of("a"))).status()).isEqualTo(400);
        TestHttp.Reply missing = claim(admin(), Map.of("label", newLabel()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("purpose");
        assertThat(claim(admin(), Map.of("purpose", "SITUS_OPD")).status()).as("no name").isEqualTo(400);
        assertThat(claim(admin(), with(valid, "fqdn", "x." + DOMAIN)).status()).as("label and fqdn").isEqualTo(400);
        assertThat(claim(admin(), with(valid, "label", "")).status()).isEqualTo(400);
        assertThat(claim(admin(), with(valid, "opd", "DISDIK")).status())
                .as("opd contradicting the application's owner").isEqualTo(400);
        assertThat(http.post(PATH).auth(admin()).body("text/plain", "label=x").send().status()).isEqualTo(415);

        assertThat(http.get(PATH + "/nothing-here." + DOMAIN).auth(admin()).send().status()).isEqualTo(404);
        assertThat(http.get(PATH + "/not_a_name").auth(admin()).send().status()).isEqualTo(404);
        assertThat(post(admin(), PATH + "/nothing-here." + DOMAIN + "/release", Map.of("reason", "x")).status())
                .isEqualTo(404);
        assertThat(http.post(PATH + "/nothing-here." + DOMAIN + "/allocate").auth(admin()).send().status())
                .isEqualTo(404);

        String label = newLabel();
        claimForApp(operator("DINKES"), label, appId);
        assertThat(post(operator("DINKES"), PATH + "/" + label + "." + DOMAIN + "/release", Map.of("reason", "x"))
                .status()).as("a request is not yet allocated").isEqualTo(409);
        assertThat(http.post(PATH + "/" + label + "." + DOMAIN + "/release").auth(admin()).json("{oops").send()
                .status()).isEqualTo(400);
        assertThat(post(admin(), PATH + "/" + label + "." + DOMAIN + "/refuse", Map.of("reason", Map.of("x", 1)))
                .status()).isEqualTo(400);
    }

    JsonNode availability(String name) {
        TestHttp.Reply reply = http.get(PATH + "/availability?label=" + name).auth(operator("DINKES")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static List<String> fqdns(JsonNode page) {
        return page.get("items").valueStream().map(s -> s.get("fqdn").asString()).toList();
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    void setApplicationStatus(String applicationId, String status) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(applicationId)), Update.update("status", status),
                "applications");
    }
}
