package id.go.spbe.audit.plan;

import id.go.spbe.platform.test.time.MutableClock;
import org.springframework.context.annotation.Import;
import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** AU5/AU6: application registrations arriving over Kafka become an OPD-scoped audit plan. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class AuditPlanIntegrationTest {

    static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();
    static final String APPLICATIONS = "spbe.app-registry.application.v1";
    static final String OPDS = "spbe.app-registry.opd.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        for (String code : new String[] {"DINKES", "DISDIK"}) {
            String data = """
                    {"eventId":"%s","occurredAt":"2026-01-01T00:00:00Z","code":"%s","name":"%s","kind":"DINAS",
                     "dinas":false,"mandiriTik":false,"active":true}""".formatted(UUID.randomUUID(), code, code);
            EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-registered.v1"), data);
            TestKafka.send(OPDS, code, """
                    {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service","type":"id.go.spbe.opd.registered.v1",
                     "subject":"%s","time":"2026-01-01T00:00:00Z","data":%s}""".formatted(UUID.randomUUID(), code, data));
        }
    }

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISDIK", org.bson.Document.class,
                "opd_references") != null);
    }

    static String operator(String opd) {
        return ISSUER.user("operator." + opd.toLowerCase()).opd(opd).roles("OPD_OPERATOR").bearer();
    }

    /** An ApplicationRegistered CloudEvent exactly as app-registry-service publishes it. */
    static String registered(String eventId, String appId, String opd, String applicationClass, Instant at) {
        String data = """
                {"eventId":"%s","occurredAt":"%s","applicationId":"%s","name":"Aplikasi %s","ownerOpd":"%s",
                 "applicationClass":"%s","userOpds":["%s"],"status":"DRAFT","registeredAt":"%s"}"""
                .formatted(eventId, at, appId, appId, opd, applicationClass, opd, at);
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "application-registered.v1"),
                data);
        return """
                {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service",
                 "type":"id.go.spbe.application.registered.v1","subject":"%s","time":"%s","opd":"%s","data":%s}"""
                .formatted(eventId, appId, at, opd, data);
    }

    JsonNode planItems(String token, String query) {
        TestHttp.Reply reply = http.get("/api/v1/audit-plan?" + query).auth(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items");
    }

    boolean planned(String appId) {
        return mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("applicationId").is(appId)),
                "audit_obligations");
    }

    @Test
    void au5Au6ARegisteredKhususApplicationAppearsInItsOpdsAuditPlanOnce() {
        String appId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String event = registered(eventId, appId, "DINKES", "KHUSUS", Instant.parse("2026-05-04T03:00:00Z"));
        TestKafka.send(APPLICATIONS, appId, event);
        TestKafka.send(APPLICATIONS, appId, event); // redelivery must not double the plan
        await().atMost(Duration.ofSeconds(30)).until(() -> planned(appId));

        JsonNode items = planItems(operator("DINKES"), "year=2028&size=200");
        var mine = items.valueStream().filter(i -> i.get("applicationId").asString().equals(appId)).toList();
        assertThat(mine).hasSize(2);
        assertThat(mine).extracting(i -> i.get("kind").asString()).containsExactlyInAnyOrder("APLIKASI", "KEAMANAN");
        assertThat(mine).allSatisfy(i -> assertThat(i.get("dueDate").asString()).isEqualTo("2028-05-04"));
        assertThat(planItems(operator("DINKES"), "year=2027").valueStream()
                .noneMatch(i -> i.get("applicationId").asString().equals(appId))).isTrue();

        String auditor = ISSUER.user("auditor").roles("AUDITOR").bearer();
        assertThat(planItems(auditor, "year=2028&opd=DINKES&kind=KEAMANAN&size=200").valueStream()
                .filter(i -> i.get("applicationId").asString().equals(appId))).hasSize(1);
    }

    @Test
    void au5InRejangLebongAnAplikasiUmumGetsNoAuditObligation() {
        String appId = UUID.randomUUID().toString();
        TestKafka.send(APPLICATIONS, appId, registered(UUID.randomUUID().toString(), appId, "DINKES", "UMUM",
                Instant.parse("2026-05-04T03:00:00Z")));
        String marker = UUID.randomUUID().toString();
        TestKafka.send(APPLICATIONS, marker, registered(UUID.randomUUID().toString(), marker, "DINKES", "KHUSUS",
                Instant.parse("2026-05-04T03:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> planned(marker)); // same partition: UMUM was handled
        assertThat(planned(appId)).isFalse();
    }

    @Test
    void anOpdNeverSeesAnotherOpdsAuditPlan() {
        String appId = UUID.randomUUID().toString();
        TestKafka.send(APPLICATIONS, appId, registered(UUID.randomUUID().toString(), appId, "DINKES", "KHUSUS",
                Instant.parse("2026-07-01T03:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> planned(appId));
        assertThat(planItems(operator("DISDIK"), "year=2028&size=200").valueStream()
                .noneMatch(i -> i.get("applicationId").asString().equals(appId))).isTrue();
        TestHttp.Reply other = http.get("/api/v1/audit-plan?year=2028&opd=DINKES").auth(operator("DISDIK")).send();
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    /**
     * Issue 7 (OPD scope in one place): another OPD's plan is a 403 before any rule check, so an operator cannot
     * probe which OPD codes exist (an unknown code used to answer 422 G1 to anyone).
     */
    @Test
    void anOperatorAskingForAnotherOpdGets403WhetherOrNotThatOpdExists() {
        for (String opd : new String[] {"DINKES", "ATLANTIS"}) {
            TestHttp.Reply reply = http.get("/api/v1/audit-plan?year=2028&opd=" + opd).auth(operator("DISDIK"))
                    .send();
            assertThat(reply.status()).as(opd + ": " + reply).isEqualTo(403);
            assertThat(reply.json().get("type").asString()).endsWith("/forbidden");
        }
    }

    @Test
    void aRegistrationWithoutTheFieldsThePlanNeedsIsADeadLetterThatDinasCanSeeAndDiscard() {
        String appId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(APPLICATIONS, appId, """
                {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service",
                 "type":"id.go.spbe.application.registered.v1","subject":"%s","time":"2026-05-04T03:00:00Z",
                 "data":{"applicationId":"%s","name":"Tanpa pemilik"}}""".formatted(eventId, appId, appId));
        String dinas = ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
        JsonNode letter = await().atMost(Duration.ofSeconds(30)).until(() -> http.get(
                "/api/v1/admin/dead-letters?topic=" + APPLICATIONS + "&size=200").auth(dinas).send().json()
                .get("items").valueStream().filter(i -> eventId.equals(i.path("eventId").asString()))
                .findFirst().orElse(null), java.util.Objects::nonNull);
        assertThat(letter.get("consumerGroup").asString()).isEqualTo("audit-service.applications");
        assertThat(letter.get("reason").asString()).contains("ownerOpd");
        assertThat(planned(appId)).isFalse();
        assertThat(http.get("/api/v1/admin/dead-letters").auth(operator("DINKES")).send().status()).isEqualTo(403);
        assertThat(http.delete("/api/v1/admin/dead-letters/" + letter.get("id").asString()).auth(dinas).send()
                .status()).isEqualTo(204);
    }

    @Test
    void badQueriesAreClear4xx() {
        assertThat(http.get("/api/v1/audit-plan?year=2028").send().status()).isEqualTo(401);
        TestHttp.Reply unknown = http.get("/api/v1/audit-plan?year=2028&opd=ATLANTIS")
                .auth(ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer()).send();
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("obligation").asString()).isEqualTo("G1");
        assertThat(http.get("/api/v1/audit-plan").auth(operator("DINKES")).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/audit-plan?year=1900").auth(operator("DINKES")).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/audit-plan?year=abc").auth(operator("DINKES")).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/audit-plan?year=2028&kind=GAIB").auth(operator("DINKES")).send().status())
                .isEqualTo(400);
    }
}
