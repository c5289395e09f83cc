package id.go.spbe.audit.plan.domain;

import id.go.spbe.audit.plan.domain.PlanState.ObjectState;
import id.go.spbe.audit.plan.domain.PlanState.ObligationState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CadenceEngine#inLine} is the recomputation's shortcut (read a few fields, load the aggregates only when the
 * plan is out of line): it must answer exactly what {@code reconcile(...).isEmpty()} answers, or a recomputation
 * would skip an object it should move (AU4–AU6). Walked through every change an object goes through — planning from
 * nothing, rename, move to another OPD, class changes in and out of scope, decommissioning, coming back, infrastructure,
 * and a cycle changed by an amended profile — under Bitung's and Rejang Lebong's rule and a silent region's.
 */
class CadenceEngineInLineTest {

    static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    static final Set<String> BT = Set.of("UMUM", "KHUSUS_BERBAGI_PAKAI", "KHUSUS_PD");

    static final AuditRegulation BITUNG = new AuditRegulation(2, true, BT, true, BT, "Wali Kota");
    static final AuditRegulation BITUNG_THREE_YEARS = new AuditRegulation(3, true, BT, true, BT, "Wali Kota");
    static final AuditRegulation REJANG_LEBONG = new AuditRegulation(2, true, Set.of("KHUSUS"), true,
            Set.of("KHUSUS"), "Tim Koordinasi SPBE");
    static final AuditRegulation SILENT = new AuditRegulation(2, false, Set.of(), false, Set.of(), null);

    /** Stored obligations of one object; each step compares the shortcut's answer with the rule's, then applies it. */
    static final class Stored {
        final Map<AuditKind, AuditObligation> byKind = new EnumMap<>(AuditKind.class);
        int steps;
        int outOfLine;

        void step(CadenceEngine engine, AuditObject object, LocalDate asOf) {
            List<ObligationState> states = byKind.values().stream().map(ObligationState::of).toList();
            boolean inLine = engine.inLine(ObjectState.of(object), states);
            List<AuditObligation> changed = engine.reconcile(object, new ArrayList<>(byKind.values()), asOf, NOW);
            assertThat(inLine).as("in line before step %d (%s, %s)", steps, object, states)
                    .isEqualTo(changed.isEmpty());
            changed.forEach(o -> byKind.put(o.kind(), o));
            boolean after = engine.inLine(ObjectState.of(object),
                    byKind.values().stream().map(ObligationState::of).toList());
            assertThat(after).as("in line after step %d (%s)", steps, object).isTrue();
            assertThat(engine.reconcile(object, new ArrayList<>(byKind.values()), asOf, NOW)).isEmpty();
            steps++;
            outOfLine += inLine ? 0 : 1;
        }
    }

    @Test
    void inLineAnswersWhatReconcileDoesForAnApplicationsLife_AU5_AU6() {
        for (AuditRegulation rule : List.of(BITUNG, REJANG_LEBONG, SILENT)) {
            CadenceEngine engine = new CadenceEngine(rule);
            Stored stored = new Stored();
            AuditObject app = AuditObject.application("app-1", "SIMPUS", "DINKES", "KHUSUS_PD", DAY, NOW);
            stored.step(engine, app, DAY);
            stored.step(engine, app, DAY); // nothing changed
            app = app.reclassified("SIMPUS 2", null, null, NOW);
            stored.step(engine, app, DAY);
            app = app.reclassified(null, "DISKOMINFO", null, NOW);
            stored.step(engine, app, DAY);
            for (String applicationClass : List.of("KHUSUS", "UMUM", "KHUSUS_BERBAGI_PAKAI", "KHUSUS", "KHUSUS_PD")) {
                app = app.reclassified(null, null, applicationClass, NOW);
                stored.step(engine, app, DAY.plusMonths(stored.steps));
            }
            app = app.decommissioned(DAY.plusYears(1), NOW);
            stored.step(engine, app, DAY.plusYears(1));
            stored.step(engine, app, DAY.plusYears(1));
            assertThat(stored.steps).isEqualTo(11);
            if (rule != SILENT) {
                assertThat(stored.outOfLine).as("the walk meets changes the shortcut must see").isGreaterThan(3);
            }
        }
    }

    @Test
    void inLineAnswersWhatReconcileDoesForInfrastructureAndAComingBack_AU4_AU6() {
        CadenceEngine engine = new CadenceEngine(BITUNG);
        Stored stored = new Stored();
        AuditObject lan = AuditObject.infrastructure("lan:DINKES", ObjectKind.LAN, "LAN Dinkes", "DINKES", DAY, NOW);
        stored.step(engine, lan, DAY);
        stored.step(engine, lan, DAY);
        lan = lan.decommissioned(DAY.plusYears(1), NOW);
        stored.step(engine, lan, DAY.plusYears(1));
        lan = lan.reactivated("LAN Dinkes baru", "DINKES", NOW);
        stored.step(engine, lan, DAY.plusYears(2));
        assertThat(stored.outOfLine).isEqualTo(3);
        // The same stored plan under a silent region's rule: every active obligation leaves the plan.
        stored.step(new CadenceEngine(SILENT), lan, DAY.plusYears(2));
        assertThat(stored.outOfLine).isEqualTo(4);
    }

    @Test
    void aChangedCycleIsOutOfLineUntilTheDueDatesFollowIt_AU4() {
        Stored stored = new Stored();
        AuditObject app = AuditObject.application("app-1", "SIMPUS", "DINKES", "UMUM", DAY, NOW);
        stored.step(new CadenceEngine(BITUNG), app, DAY);
        stored.step(new CadenceEngine(BITUNG_THREE_YEARS), app, DAY);
        assertThat(stored.outOfLine).as("planned, then moved by the three-year cycle").isEqualTo(2);
        assertThat(stored.byKind.get(AuditKind.APLIKASI).dueDate()).isEqualTo(DAY.plusYears(3));
    }

    @Test
    void anObligationFromBeforeStatusesExistedCountsAsActive() {
        assertThat(new ObligationState(AuditKind.APLIKASI, null, "SIMPUS", "DINKES", "UMUM", DAY, DAY.plusYears(2))
                .status()).isEqualTo(ObligationStatus.ACTIVE);
    }
}
