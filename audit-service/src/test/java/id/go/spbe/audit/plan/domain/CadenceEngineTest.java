package id.go.spbe.audit.plan.domain;

import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cadence engine against the shipped profile files (never hand-copied values): AU4–AU6 for Rejang Lebong (RL
 * p48–50: Aplikasi Khusus only), Bitung (BT p43–45: Umum, Khusus Berbagi Pakai, Khusus PD) and the regions whose
 * regulation is silent on audits (none owed).
 */
class CadenceEngineTest {

    static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    static final LocalDate REGISTERED = LocalDate.of(2026, 3, 10);

    static CadenceEngine engine(String profile) {
        return new CadenceEngine(RegionProfiles.bind(profile, "spbe.regulation.audit", AuditRegulation.class));
    }

    static AuditObject app(String applicationClass) {
        return AuditObject.application("app-1", "SIMPUS", "DINKES", applicationClass, REGISTERED, NOW);
    }

    static AuditObject dataCenter() {
        return AuditObject.infrastructure("data-center:PD-UTAMA", ObjectKind.DATA_CENTER, "Pusat Data", "DISKOMINFO",
                REGISTERED, NOW);
    }

    /** Runs the engine like the planner does: the returned obligations replace the stored ones. */
    static final class Universe {
        final CadenceEngine engine;
        final Map<AuditKind, AuditObligation> stored = new EnumMap<>(AuditKind.class);

        Universe(CadenceEngine engine) {
            this.engine = engine;
        }

        List<AuditObligation> apply(AuditObject object, LocalDate asOf) {
            List<AuditObligation> changed = engine.reconcile(object, new ArrayList<>(stored.values()), asOf, NOW);
            changed.forEach(o -> stored.put(o.kind(), o));
            return changed;
        }

        Map<AuditKind, AuditObligation> active() {
            return stored.values().stream().filter(o -> o.status() == ObligationStatus.ACTIVE)
                    .collect(Collectors.toMap(AuditObligation::kind, Function.identity()));
        }
    }

    @Test
    void au5Au6InRejangLebongAKhususApplicationOwesAnApplicationAndASecurityAuditWithinTwoYears() {
        List<AuditObligation> owed = engine("rejang-lebong").reconcile(app("KHUSUS"), List.of(), REGISTERED, NOW);
        assertThat(owed).extracting(AuditObligation::kind).containsExactly(AuditKind.APLIKASI, AuditKind.KEAMANAN);
        assertThat(owed).extracting(AuditObligation::obligation).containsExactly("AU5", "AU6");
        assertThat(owed).allSatisfy(o -> {
            assertThat(o.dueDate()).isEqualTo(LocalDate.of(2028, 3, 10));
            assertThat(o.neverAudited()).isTrue();
            assertThat(o.raisedEvents()).singleElement()
                    .isInstanceOf(AuditObligationEvents.AuditObligationPlanned.class);
        });
        assertThat(owed.get(0).id()).isEqualTo("app-1:APLIKASI");
    }

    @Test
    void au5InRejangLebongAnAplikasiUmumIsOutOfScope() {
        assertThat(engine("rejang-lebong").reconcile(app("UMUM"), List.of(), REGISTERED, NOW)).isEmpty();
    }

    @Test
    void au5Au6InBitungUmumKhususBerbagiPakaiAndKhususPdAreAllInScope() {
        for (String applicationClass : List.of("UMUM", "KHUSUS_BERBAGI_PAKAI", "KHUSUS_PD")) {
            assertThat(engine("bitung").reconcile(app(applicationClass), List.of(), REGISTERED, NOW))
                    .as(applicationClass).extracting(AuditObligation::kind)
                    .containsExactly(AuditKind.APLIKASI, AuditKind.KEAMANAN);
        }
    }

    @Test
    void au4Au6InfrastructureOwesAnInfrastructureAndASecurityAuditInRejangLebongAndBitung() {
        for (String profile : List.of("rejang-lebong", "bitung")) {
            assertThat(engine(profile).reconcile(dataCenter(), List.of(), REGISTERED, NOW)).as(profile)
                    .extracting(AuditObligation::obligation).containsExactly("AU4", "AU6");
        }
    }

    @Test
    void au4Au6ADecommissionedInfrastructureObjectLeavesThePlanWithTheReasonOfItsSource() {
        Universe rl = new Universe(engine("rejang-lebong"));
        rl.apply(dataCenter(), REGISTERED);
        AuditObject retired = dataCenter().decommissioned(LocalDate.of(2027, 4, 1), NOW,
                "Tidak ada lagi sirkuit WAN aktif: Sirkuit WAN Telkom 4700123-FO dinonaktifkan.");
        List<AuditObligation> closed = rl.apply(retired, LocalDate.of(2027, 4, 1));
        assertThat(closed).hasSize(2).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(ObligationStatus.RETIRED);
            assertThat(o.closedOn()).isEqualTo(LocalDate.of(2027, 4, 1));
            assertThat(o.closedReason()).contains("4700123-FO");
            assertThat(o.objectKind()).isEqualTo(ObjectKind.DATA_CENTER);
            assertThat(o.source()).isEqualTo("datacenter-service");
        });
        assertThat(rl.active()).isEmpty();
    }

    @Test
    void au4Au6InfrastructureBackInUseWithinTheCycleKeepsItsLastAudit() {
        Universe rl = new Universe(engine("rejang-lebong"));
        rl.apply(dataCenter(), REGISTERED);
        rl.stored.get(AuditKind.INFRASTRUKTUR).auditCompleted("audit-1", LocalDate.of(2026, 9, 1),
                rl.engine.regulation(), NOW);
        rl.apply(dataCenter().decommissioned(LocalDate.of(2027, 1, 5), NOW, "kosong"), LocalDate.of(2027, 1, 5));
        rl.apply(dataCenter().reactivated("Pusat Data", "DISKOMINFO", NOW), LocalDate.of(2027, 6, 1));
        assertThat(rl.active().get(AuditKind.INFRASTRUKTUR).dueDate()).as("an audit within the last cycle counts")
                .isEqualTo(LocalDate.of(2028, 9, 1));
        assertThat(rl.active().get(AuditKind.KEAMANAN).dueDate()).isEqualTo(LocalDate.of(2029, 6, 1));
        assertThat(rl.active().get(AuditKind.KEAMANAN).closedReason()).isNull();
    }

    @Test
    void au4Au5Au6RegionsSilentOnAuditsOweNoneByDefault() {
        for (String profile : List.of("samarinda", "manggarai-barat", "maluku-tenggara")) {
            CadenceEngine engine = engine(profile);
            for (String applicationClass : List.of("UMUM", "KHUSUS")) {
                assertThat(engine.reconcile(app(applicationClass), List.of(), REGISTERED, NOW)).as(profile)
                        .isEmpty();
            }
            assertThat(engine.reconcile(dataCenter(), List.of(), REGISTERED, NOW)).as(profile).isEmpty();
        }
    }

    @Test
    void au5InRejangLebongAnUmumApplicationReclassifiedKhususMidCycleOwesAuditsACycleFromTheChange() {
        Universe rl = new Universe(engine("rejang-lebong"));
        assertThat(rl.apply(app("UMUM"), REGISTERED)).isEmpty();
        LocalDate changedOn = LocalDate.of(2027, 1, 15);
        rl.apply(app("UMUM").reclassified(null, null, "KHUSUS", NOW), changedOn);
        assertThat(rl.active().values()).hasSize(2).allSatisfy(o -> {
            assertThat(o.dueDate()).isEqualTo(LocalDate.of(2029, 1, 15));
            assertThat(o.applicationClass()).isEqualTo("KHUSUS");
        });
    }

    @Test
    void au5InRejangLebongAKhususApplicationReclassifiedUmumLeavesThePlanButKeepsItsHistory() {
        Universe rl = new Universe(engine("rejang-lebong"));
        rl.apply(app("KHUSUS"), REGISTERED);
        List<AuditObligation> changed = rl.apply(app("KHUSUS").reclassified(null, null, "UMUM", NOW),
                LocalDate.of(2027, 1, 15));
        assertThat(changed).hasSize(2).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(ObligationStatus.OUT_OF_SCOPE);
            assertThat(o.closedOn()).isEqualTo(LocalDate.of(2027, 1, 15));
        });
        assertThat(rl.active()).isEmpty();
        assertThat(rl.stored).hasSize(2);
    }

    @Test
    void au5InBitungAClassChangeWithinTheScopeKeepsTheCycleRunning() {
        Universe bt = new Universe(engine("bitung"));
        bt.apply(app("KHUSUS_PD"), REGISTERED);
        List<AuditObligation> changed = bt.apply(app("KHUSUS_PD").reclassified(null, null, "KHUSUS_BERBAGI_PAKAI",
                NOW), LocalDate.of(2027, 6, 1));
        assertThat(changed).hasSize(2).allSatisfy(o -> {
            assertThat(o.dueDate()).as("the 2-year cycle is not restarted").isEqualTo(LocalDate.of(2028, 3, 10));
            assertThat(o.applicationClass()).isEqualTo("KHUSUS_BERBAGI_PAKAI");
        });
    }

    @Test
    void au5Au6ADecommissionedApplicationLeavesThePlanMidCycleAndARepeatChangesNothing() {
        Universe bt = new Universe(engine("bitung"));
        bt.apply(app("UMUM"), REGISTERED);
        AuditObject retired = app("UMUM").decommissioned(LocalDate.of(2027, 2, 1), NOW);
        assertThat(bt.apply(retired, LocalDate.of(2027, 2, 1))).hasSize(2)
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(ObligationStatus.RETIRED));
        assertThat(bt.active()).isEmpty();
        assertThat(bt.apply(retired, LocalDate.of(2027, 2, 1))).isEmpty();
    }

    @Test
    void au5ACompletedAuditMovesTheNextDueDateACycleOnAndARepeatDoesNot() {
        CadenceEngine rl = engine("rejang-lebong");
        AuditObligation o = rl.reconcile(app("KHUSUS"), List.of(), REGISTERED, NOW).get(0);
        assertThat(o.auditCompleted("audit-1", LocalDate.of(2027, 9, 30), rl.regulation(), NOW)).isTrue();
        assertThat(o.dueDate()).isEqualTo(LocalDate.of(2029, 9, 30));
        assertThat(o.neverAudited()).isFalse();
        assertThat(o.auditCompleted("audit-1", LocalDate.of(2027, 9, 30), rl.regulation(), NOW)).isFalse();
        assertThat(o.auditCompleted("audit-0", LocalDate.of(2027, 1, 1), rl.regulation(), NOW))
                .as("an older audit reported late does not pull the plan back").isFalse();
        assertThat(o.dueDate()).isEqualTo(LocalDate.of(2029, 9, 30));
    }

    @Test
    void au5AnAuditWithinTheLastCycleStillCountsWhenTheClassComesBackIntoScope() {
        Universe rl = new Universe(engine("rejang-lebong"));
        rl.apply(app("KHUSUS"), REGISTERED);
        rl.stored.get(AuditKind.APLIKASI).auditCompleted("audit-1", LocalDate.of(2026, 9, 1),
                rl.engine.regulation(), NOW);
        rl.apply(app("KHUSUS").reclassified(null, null, "UMUM", NOW), LocalDate.of(2027, 1, 1));
        rl.apply(app("KHUSUS"), LocalDate.of(2027, 6, 1));
        assertThat(rl.active().get(AuditKind.APLIKASI).dueDate()).isEqualTo(LocalDate.of(2028, 9, 1));
        assertThat(rl.active().get(AuditKind.KEAMANAN).dueDate()).as("never audited: a cycle from coming back")
                .isEqualTo(LocalDate.of(2029, 6, 1));
    }

    @Test
    void au5OneStartReminderPerDueDateWellBeforeItAndAnotherOnlyAfterThePlanMoved() {
        CadenceEngine rl = engine("rejang-lebong");
        AuditObligation o = rl.reconcile(app("KHUSUS"), List.of(), REGISTERED, NOW).get(0);
        assertThat(o.remindToStart(LocalDate.of(2027, 9, 10), 180, NOW)).as("more than 180 days ahead").isFalse();
        assertThat(o.remindToStart(LocalDate.of(2027, 9, 12), 180, NOW)).isTrue();
        assertThat(o.remindToStart(LocalDate.of(2027, 9, 13), 180, NOW)).as("once per due date").isFalse();
        o.auditCompleted("audit-1", LocalDate.of(2028, 1, 10), rl.regulation(), NOW);
        assertThat(o.remindToStart(LocalDate.of(2029, 7, 14), 180, NOW)).isTrue();
    }

    @Test
    void au5AClosedObligationIsNeitherRemindedNorOverdue() {
        CadenceEngine bt = engine("bitung");
        AuditObligation o = bt.reconcile(app("UMUM"), List.of(), REGISTERED, NOW).get(0);
        o.close(ObligationStatus.RETIRED, LocalDate.of(2027, 1, 1), "Aplikasi dihentikan.", NOW);
        assertThat(o.reminderDue(LocalDate.of(2030, 1, 1), 180)).isFalse();
        assertThat(o.overdueOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void au5AScheduledAuditShowsOnItsObligationUntilCancelledOrCompleted() {
        CadenceEngine rl = engine("rejang-lebong");
        AuditObligation o = rl.reconcile(app("KHUSUS"), List.of(), REGISTERED, NOW).get(0);
        assertThat(o.auditScheduled("audit-1", LocalDate.of(2027, 3, 1), NOW)).isTrue();
        assertThat(o.auditScheduled("audit-1", LocalDate.of(2027, 3, 1), NOW)).as("a repeat").isFalse();
        assertThat(o.auditCancelled("audit-9", NOW)).as("another audit's cancellation").isFalse();
        assertThat(o.auditCancelled("audit-1", NOW)).isTrue();
        assertThat(o.scheduledAuditId()).isNull();
        o.auditScheduled("audit-2", LocalDate.of(2027, 4, 1), NOW);
        o.auditCompleted("audit-2", LocalDate.of(2027, 5, 1), rl.regulation(), NOW);
        assertThat(o.scheduledAuditId()).isNull();
        assertThat(o.scheduledStart()).isNull();
    }

    @Test
    void au4Au5Au6AnAmendedCycleMovesEveryActiveDueDateFromTheSameBasis() {
        AuditRegulation rl = RegionProfiles.bind("rejang-lebong", "spbe.regulation.audit", AuditRegulation.class);
        Universe plan = new Universe(new CadenceEngine(rl));
        plan.apply(app("KHUSUS"), REGISTERED);
        plan.stored.get(AuditKind.APLIKASI).auditCompleted("audit-1", LocalDate.of(2027, 1, 10), rl, NOW);
        AuditRegulation amended = new AuditRegulation(rl.cycleYears() + 1, rl.infrastructure(),
                rl.applicationClasses(), rl.securityInfrastructure(), rl.securityApplicationClasses(), rl.reportTo());
        Universe recomputed = new Universe(new CadenceEngine(amended));
        recomputed.stored.putAll(plan.stored);
        assertThat(recomputed.apply(app("KHUSUS"), LocalDate.of(2027, 6, 1))).hasSize(2);
        assertThat(recomputed.active().get(AuditKind.APLIKASI).dueDate()).isEqualTo(LocalDate.of(2030, 1, 10));
        assertThat(recomputed.active().get(AuditKind.KEAMANAN).dueDate()).isEqualTo(LocalDate.of(2029, 3, 10));
        assertThat(recomputed.apply(app("KHUSUS"), LocalDate.of(2027, 6, 1))).as("a second run changes nothing")
                .isEmpty();
    }
}
