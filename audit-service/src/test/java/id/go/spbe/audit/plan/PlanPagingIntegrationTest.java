package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObject;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The plan's lists with many items due on the same day (what a recomputation produces, AU4–AU6): the year's list
 * pages in the database with a stable order (the id breaks due-date ties, so no item shows on two pages or none),
 * and the calendar's counts, grouped in the database, match the items.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class PlanPagingIntegrationTest {

    static final String OPD = "DISPORA";
    static final int OBJECTS = 45;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AuditPlanner planner;

    @Test
    void au5ManyItemsDueOnOneDayPageWithoutRepeatsAndTheCalendarCountsThem() {
        AuditEvents.opdRegistered(OPD);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(OPD, org.bson.Document.class,
                "opd_references") != null);
        Instant at = Instant.parse("2026-02-01T02:00:00Z");
        for (int i = 0; i < OBJECTS; i++) {
            mongo.insert(AuditObject.application("paging-" + i, "Aplikasi " + (i % 3), OPD, "KHUSUS",
                    LocalDate.of(2026, 2, 1), at));
        }
        planner.recomputeAll();
        LocalDate due = planner.today().plusYears(2);
        assertThat(planner.auditCompleted("paging-0", AuditKind.APLIKASI, "audit-paging", planner.today()))
                .as("audited today: due on the same day, but no longer never audited").isTrue();

        TestHttp http = TestHttp.onPort(port);
        String dinas = TestJwtIssuer.shared().user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
        List<String> seen = new ArrayList<>();
        for (String sort : List.of("", "&sort=applicationName")) {
            seen.clear();
            for (int page = 0; page < 7; page++) {
                TestHttp.Reply reply = http.get("/api/v1/audit-plan?year=" + due.getYear() + "&opd=" + OPD
                        + "&size=14&page=" + page + sort).auth(dinas).send();
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                assertThat(reply.json().get("totalItems").asInt()).isEqualTo(2 * OBJECTS);
                reply.json().get("items").valueStream().forEach(i -> seen.add(i.get("id").asString()));
            }
            assertThat(seen).as("every item once, sorted by" + sort).hasSize(2 * OBJECTS).doesNotHaveDuplicates();
        }

        TestHttp.Reply calendar = http.get("/api/v1/audit-plan/calendar?fromYear=" + due.getYear() + "&toYear="
                + due.getYear() + "&opd=" + OPD).auth(dinas).send();
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
        JsonNode year = calendar.json().get("years").get(0);
        assertThat(year.get("total").asInt()).isEqualTo(2 * OBJECTS);
        assertThat(year.get("neverAudited").asInt()).isEqualTo(2 * OBJECTS - 1);
        JsonNode month = year.get("months").get(due.getMonthValue() - 1);
        assertThat(month.get("aplikasi").asInt()).isEqualTo(OBJECTS);
        assertThat(month.get("keamanan").asInt()).isEqualTo(OBJECTS);
        assertThat(month.get("infrastruktur").asInt()).isZero();
    }
}
