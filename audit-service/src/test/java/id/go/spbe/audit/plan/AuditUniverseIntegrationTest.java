package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditObligationEvents;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static id.go.spbe.audit.support.AuditEvents.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit universe fed by app-registry's real events (AU5, AU6 in Rejang Lebong, the profile the tests run with):
 * class changes and decommissioning move the plan, overdue items show, and the reminder job sends one reminder per
 * due item, driven by a {@link MutableClock}.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class AuditUniverseIntegrationTest {

    static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    ScheduledJobs jobs;

    @Autowired
    AuditStartReminders reminders;

    TestHttp http;
    Instant started;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        AuditEvents.opdRegistered("DINKES");
        AuditEvents.opdRegistered("DISDIK");
    }

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        started = clock.instant();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISDIK", org.bson.Document.class,
                "opd_references") != null);
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(started);
    }

    static String dinas() {
        return ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
    }

    org.bson.Document obligation(String id) {
        return mongo.findById(id, org.bson.Document.class, "audit_obligations");
    }

    boolean objectKnown(String appId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(appId)), "audit_objects");
    }

    JsonNode items(String path) {
        TestHttp.Reply reply = http.get(path).auth(dinas()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items");
    }

    List<JsonNode> itemsOf(String path, String appId) {
        return items(path).valueStream().filter(i -> i.get("applicationId").asString().equals(appId)).toList();
    }

    @Test
    void au5AnUmumApplicationReclassifiedKhususOnSubmissionEntersThePlanAsNeverAudited() {
        String appId = UUID.randomUUID().toString();
        TestKafka.send(APPLICATIONS, appId, AuditEvents.registered(appId, "DINKES", "UMUM",
                Instant.parse("2026-02-02T03:00:00Z")));
        TestKafka.send(APPLICATIONS, appId, AuditEvents.statusChanged(appId, "DINKES", "KHUSUS", "DRAFT", "SUBMITTED",
                Instant.parse("2026-03-20T03:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> obligation(appId + ":KEAMANAN") != null);

        List<JsonNode> mine = itemsOf("/api/v1/audit-plan?year=2028&size=200", appId);
        assertThat(mine).extracting(i -> i.get("kind").asString()).containsExactlyInAnyOrder("APLIKASI", "KEAMANAN");
        assertThat(mine).allSatisfy(i -> {
            assertThat(i.get("dueDate").asString()).as("a cycle from the class change").isEqualTo("2028-03-20");
            assertThat(i.get("applicationClass").asString()).isEqualTo("KHUSUS");
            assertThat(i.get("neverAudited").asBoolean()).isTrue();
            assertThat(i.get("status").asString()).isEqualTo("ACTIVE");
        });
        JsonNode planned = AuditEvents.published(AuditObligationEvents.TOPIC,
                "id.go.spbe.audit-obligation.planned.v1", appId + ":APLIKASI", 1).get(0);
        assertThat(planned.get("obligation").asString()).isEqualTo("AU5");
    }

    @Test
    void au5ADecommissionedApplicationLeavesThePlanAndItsObligationsStayAsHistory() {
        String appId = UUID.randomUUID().toString();
        TestKafka.send(APPLICATIONS, appId, AuditEvents.registered(appId, "DINKES", "KHUSUS",
                Instant.parse("2026-04-01T03:00:00Z")));
        TestKafka.send(APPLICATIONS, appId, AuditEvents.updated(appId, "DINKES", "SIMPUS Baru",
                Instant.parse("2026-04-02T03:00:00Z")));
        String retire = AuditEvents.decommissioned(appId, "DINKES", Instant.parse("2026-06-01T03:00:00Z"));
        TestKafka.send(APPLICATIONS, appId, retire);
        TestKafka.send(APPLICATIONS, appId, retire); // redelivery
        await().atMost(Duration.ofSeconds(30)).until(() -> obligation(appId + ":APLIKASI") != null
                && "RETIRED".equals(obligation(appId + ":APLIKASI").getString("status")));

        assertThat(itemsOf("/api/v1/audit-plan?year=2028&size=200", appId)).isEmpty();
        assertThat(obligation(appId + ":KEAMANAN").getString("status")).isEqualTo("RETIRED");
        assertThat(obligation(appId + ":KEAMANAN").getString("applicationName")).isEqualTo("SIMPUS Baru");
        List<JsonNode> closed = AuditEvents.published(AuditObligationEvents.TOPIC,
                "id.go.spbe.audit-obligation.closed.v1", appId + ":APLIKASI", 1);
        assertThat(closed.get(0).get("closedOn").asString()).isEqualTo("2026-06-01");
        assertThat(AuditEvents.all(AuditObligationEvents.TOPIC, "id.go.spbe.audit-obligation.closed.v1",
                appId + ":APLIKASI", Duration.ofSeconds(2))).as("the redelivery closes nothing twice").hasSize(1);
        TestHttp.Reply item = http.get("/api/v1/audit-plan/items/" + appId + ":APLIKASI").auth(dinas()).send();
        assertThat(item.status()).as(item.toString()).isEqualTo(200);
        assertThat(item.json().get("status").asString()).isEqualTo("RETIRED");
        JsonNode history = http.get("/api/v1/audit-plan/items/" + appId + ":APLIKASI/history").auth(dinas()).send()
                .json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").valueStream().map(e -> e.get("action").asString()))
                .containsExactly("id.go.spbe.audit-obligation.planned.v1", "id.go.spbe.audit-obligation.closed.v1");
        String other = ISSUER.user("operator.disdik").opd("DISDIK").roles("OPD_OPERATOR").bearer();
        assertThat(http.get("/api/v1/audit-plan/items/" + appId + ":APLIKASI").auth(other).send().status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/audit-plan/items/nope:APLIKASI/history").auth(dinas()).send().status())
                .isEqualTo(404);
    }

    @Test
    void au5OneReminderToStartPerDueItemAcrossTicksAndTheItemShowsOverdueAfterItsDueDate() {
        String appId = UUID.randomUUID().toString();
        TestKafka.send(APPLICATIONS, appId, AuditEvents.registered(appId, "DISDIK", "KHUSUS",
                Instant.parse("2026-05-04T03:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> obligation(appId + ":APLIKASI") != null);
        var job = jobs.get(AuditStartReminders.JOB);
        assertThat(job).isSameAs(reminders.job());

        clock.set(Instant.parse("2027-11-01T03:00:00Z")); // 185 days before 2028-05-04: too early
        reminders.sendDue();
        assertThat(obligation(appId + ":APLIKASI").get("remindedForDueDate")).isNull();

        clock.set(Instant.parse("2027-11-10T03:00:00Z")); // within the 180-day lead
        assertThat(reminders.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(reminders.sendDue()).as("a second tick (or a restarted replica) sends nothing more").isZero();
        job.runNow(); // the scheduled path: leased, and whether it runs or not, nothing more is sent
        JsonNode reminder = AuditEvents.published(AuditObligationEvents.TOPIC,
                "id.go.spbe.audit-obligation.start-reminder.v1", appId + ":APLIKASI", 1).get(0);
        assertThat(reminder.get("dueDate").asString()).isEqualTo("2028-05-04");
        assertThat(reminder.get("neverAudited").asBoolean()).isTrue();
        assertThat(AuditEvents.all(AuditObligationEvents.TOPIC, "id.go.spbe.audit-obligation.start-reminder.v1",
                appId + ":APLIKASI", Duration.ofSeconds(2))).hasSize(1);
        assertThat(itemsOf("/api/v1/audit-plan?year=2028&size=200", appId).get(0).get("startReminderSentAt")
                .isNull()).isFalse();

        assertThat(itemsOf("/api/v1/audit-plan/overdue?opd=DISDIK&size=200", appId)).isEmpty();
        clock.set(Instant.parse("2028-05-05T03:00:00Z"));
        List<JsonNode> overdue = itemsOf("/api/v1/audit-plan/overdue?opd=DISDIK&size=200", appId);
        assertThat(overdue).hasSize(2).allSatisfy(i -> assertThat(i.get("overdue").asBoolean()).isTrue());
    }

    @Test
    void au4Au5Au6TheCalendarCountsWhatFallsDuePerMonthAndKind() {
        String appId = UUID.randomUUID().toString();
        TestKafka.send(APPLICATIONS, appId, AuditEvents.registered(appId, "DISDIK", "KHUSUS",
                Instant.parse("2026-08-15T03:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> obligation(appId + ":KEAMANAN") != null);
        TestHttp.Reply reply = http.get("/api/v1/audit-plan/calendar?fromYear=2027&toYear=2029&opd=DISDIK")
                .auth(ISSUER.user("operator.disdik").opd("DISDIK").roles("OPD_OPERATOR").bearer()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode years = reply.json().get("years");
        assertThat(years).hasSize(3);
        JsonNode august2028 = years.get(1).get("months").get(7);
        assertThat(august2028.get("aplikasi").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(august2028.get("keamanan").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(years.get(1).get("neverAudited").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void au5ThePlanOfAYearExportsAsCsvWithinTheCallersScope() {
        String appId = UUID.randomUUID().toString();
        TestKafka.send(APPLICATIONS, appId, AuditEvents.registered(appId, "DISDIK", "KHUSUS",
                Instant.parse("2026-09-09T03:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> obligation(appId + ":KEAMANAN") != null);
        String operator = ISSUER.user("operator.disdik").opd("DISDIK").roles("OPD_OPERATOR").bearer();
        TestHttp.Reply csv = http.get("/api/v1/audit-plan/export.csv?year=2028").auth(operator).send();
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("rencana-audit-2028.csv");
        List<String> rows = csv.text().lines().filter(l -> l.contains(appId)).toList();
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).startsWith("2028-09-09,")
                .contains(",DISDIK,").endsWith(",ya,,tidak,APPLICATION,app-registry-service"));
        assertThat(http.get("/api/v1/audit-plan/export.csv?year=2028&opd=DINKES").auth(operator).send().status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/audit-plan/export.csv").auth(operator).send().status()).isEqualTo(400);
    }

    @Test
    void au5TheUniverseListsEveryObjectInScopeOrNotAndNewOnesAsNeverAudited() {
        String umum = UUID.randomUUID().toString();
        String khusus = UUID.randomUUID().toString();
        TestKafka.send(APPLICATIONS, umum, AuditEvents.registered(umum, "DISDIK", "UMUM",
                Instant.parse("2026-10-01T03:00:00Z")));
        TestKafka.send(APPLICATIONS, khusus, AuditEvents.registered(khusus, "DISDIK", "KHUSUS",
                Instant.parse("2026-10-01T03:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> objectKnown(umum) && obligation(khusus + ":KEAMANAN")
                != null);
        String operator = ISSUER.user("operator.disdik").opd("DISDIK").roles("OPD_OPERATOR").bearer();
        TestHttp.Reply reply = http.get("/api/v1/audit-plan/objects?size=200&sort=enteredOn,desc").auth(operator)
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode objects = reply.json().get("items");
        JsonNode outOfScope = objects.valueStream().filter(o -> o.get("id").asString().equals(umum)).findFirst()
                .orElseThrow();
        assertThat(outOfScope.get("inScope").asBoolean()).as("RL audits Khusus only (AU5)").isFalse();
        assertThat(outOfScope.get("obligations")).isEmpty();
        JsonNode inScope = objects.valueStream().filter(o -> o.get("id").asString().equals(khusus)).findFirst()
                .orElseThrow();
        assertThat(inScope.get("inScope").asBoolean()).isTrue();
        assertThat(inScope.get("neverAudited").asBoolean()).isTrue();
        assertThat(inScope.get("obligations")).hasSize(2);
        assertThat(objects.valueStream().allMatch(o -> o.get("opd").asString().equals("DISDIK"))).isTrue();
        assertThat(http.get("/api/v1/audit-plan/objects?opd=DINKES").auth(operator).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit-plan/objects?sort=secret").auth(operator).send().status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/audit-plan/objects?active=kadang").auth(operator).send().status())
                .isEqualTo(400);
    }

    @Test
    void theCalendarAndOverdueViewsRefuseBadInputClearly() {
        String operator = ISSUER.user("operator.disdik").opd("DISDIK").roles("OPD_OPERATOR").bearer();
        assertThat(http.get("/api/v1/audit-plan/calendar?fromYear=2027&toYear=2040").auth(dinas()).send().status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/audit-plan/calendar?fromYear=2029&toYear=2027").auth(dinas()).send().status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/audit-plan/calendar?toYear=2027").auth(dinas()).send().status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/audit-plan/overdue?kind=GAIB").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/audit-plan/overdue?opd=DINKES").auth(operator).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit-plan/calendar?fromYear=2027&toYear=2028&opd=DINKES").auth(operator)
                .send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit-plan/overdue").send().status()).isEqualTo(401);
    }
}
