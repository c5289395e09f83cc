package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditObject;
import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.audit.plan.domain.AuditObligationEvents;
import id.go.spbe.audit.plan.domain.AuditRegulation;
import id.go.spbe.audit.plan.domain.Requirement;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The plan recomputation (start-up, {@code POST /audit-plan/recompute}; AU4–AU6) writes what changed in bulk, and
 * the bulk write keeps what one save per obligation guaranteed: each obligation's state and its event are one
 * document write (the event is published from the outbox), its hash-chained history holds the change (SEC1), and the
 * optimistic lock refuses a copy read before someone else's change.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class PlanRecomputeIntegrationTest {

    static final String PLANNED = "id.go.spbe.audit-obligation.planned.v1";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AuditPlanner planner;

    @Autowired
    ObligationBulkWriter writer;

    @Autowired
    ChangeHistoryLog histories;

    static String id() {
        return "recompute-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    AuditObligation stored(String id) {
        return mongo.findById(id, AuditObligation.class);
    }

    @Test
    void au5Au6ARecomputationPlansObjectsWithoutObligationsInBulkWithTheirEventsAndHistory() {
        Instant at = Instant.parse("2026-02-01T02:00:00Z");
        List<String> ids = List.of(id(), id(), id());
        ids.forEach(id -> mongo.insert(AuditObject.application(id, "Aplikasi " + id, "DINKES", "KHUSUS",
                LocalDate.of(2026, 2, 1), at)));

        assertThat(planner.recomputeAll().changed()).as("at least these six obligations").isGreaterThanOrEqualTo(6);

        LocalDate due = planner.today().plusYears(2);
        for (String id : ids) {
            for (String kind : List.of("APLIKASI", "KEAMANAN")) {
                AuditObligation o = stored(id + ":" + kind);
                assertThat(o).as(id + ":" + kind).isNotNull();
                assertThat(o.dueDate()).as("never audited: due a cycle from today (RL p48)").isEqualTo(due);
                assertThat(o.version()).as("inserted at version 0, like a single save").isZero();
            }
            JsonNode planned = AuditEvents.published(AuditObligationEvents.TOPIC, PLANNED, id + ":APLIKASI", 1)
                    .get(0);
            assertThat(planned.get("obligation").asString()).isEqualTo("AU5");
            assertThat(planned.get("dueDate").asString()).isEqualTo(due.toString());
        }
        // The relay appended each link to the history collection and emptied the outbox; the chain verifies.
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(ids.get(0) + ":APLIKASI").outbox().isEmpty());
        ChangeHistoryLog.VerifiedHistory history = histories.of(stored(ids.get(0) + ":APLIKASI"));
        assertThat(history.intact()).isTrue();
        assertThat(history.entries()).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(PLANNED));

        // Steady state: nothing of these objects is written again.
        planner.recomputeAll();
        assertThat(stored(ids.get(0) + ":APLIKASI").version()).isZero();

        // A renamed object: its obligations are replaced in bulk at the next version.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ids.get(1))), Update.update("name", "Nama Baru"),
                AuditObject.class);
        planner.recomputeAll();
        AuditObligation renamed = stored(ids.get(1) + ":KEAMANAN");
        assertThat(renamed.applicationName()).isEqualTo("Nama Baru");
        assertThat(renamed.version()).isEqualTo(1L);
        assertThat(renamed.dueDate()).as("a rename moves nothing").isEqualTo(due);
    }

    @Test
    void aBulkWriteRefusesACopyReadBeforeAnotherWritersChange() {
        Instant at = Instant.parse("2026-02-01T02:00:00Z");
        String id = id();
        mongo.insert(AuditObject.application(id, "Aplikasi " + id, "DINKES", "KHUSUS", LocalDate.of(2026, 2, 1), at));
        planner.recomputeAll();
        AuditObligation first = stored(id + ":APLIKASI");
        AuditObligation stale = stored(id + ":APLIKASI");

        first.auditScheduled("audit-a", LocalDate.of(2026, 5, 1), at);
        assertThat(writer.write(List.of(first))).isEmpty();
        stale.auditScheduled("audit-b", LocalDate.of(2026, 6, 1), at);
        assertThat(writer.write(List.of(stale))).as("reported for reconciling again").containsExactly(id);

        AuditObligation now = stored(id + ":APLIKASI");
        assertThat(now.scheduledAuditId()).as("the later writer's stale copy did not overwrite").isEqualTo("audit-a");
        assertThat(now.version()).isEqualTo(1L);
        // A second insert of an obligation that exists is refused the same way.
        AuditObligation duplicate = AuditObligation.plan(mongo.findById(id, AuditObject.class),
                new Requirement(first.kind(), "AU5"), LocalDate.of(2026, 2, 1),
                new AuditRegulation(2, true, Set.of("KHUSUS"), true, Set.of("KHUSUS"), "Tim Koordinasi SPBE"), at);
        assertThat(writer.write(List.of(duplicate))).containsExactly(id);
        assertThat(stored(id + ":APLIKASI").scheduledAuditId()).isEqualTo("audit-a");
    }
}
