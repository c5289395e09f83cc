package id.go.spbe.monev.planning.domain;

import id.go.spbe.monev.planning.PlanningRules;
import id.go.spbe.monev.planning.domain.PlanningEvents.PlanningReviewOverdue;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** G4 as Rejang Lebong's and Bitung's profiles say it: periods, review cadence, overdue flagged once per due date. */
class PlanningDocumentTest {

    static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** A profile without {@code planning} binds like Spring does it: nothing set, the national pattern. */
    static PlanningRules rules(String profile) {
        try {
            return RegionProfiles.bind(profile, "spbe.regulation.monev", PlanningRules.class);
        } catch (IllegalArgumentException nothingBound) {
            return new PlanningRules(null);
        }
    }

    static PlanningDocument roadmap(PlanningRules rules, LocalDate decreeDate) {
        return PlanningDocument.register(PlanningKind.PETA_RENCANA, rules.of(PlanningKind.PETA_RENCANA),
                "Peta Rencana SPBE 2025-2029", 2025, 2029, "188.45/1/2025", decreeDate, "doc-peta", "admin", NOW,
                TODAY);
    }

    @Test
    void theProfilesGiveTheirOwnPeriodsAndCadences_G4() {
        assertThat(rules("rejang-lebong").of(PlanningKind.ARSITEKTUR)).isEqualTo(new PlanningTerms(5, 12));
        assertThat(rules("bitung").of(PlanningKind.ARSITEKTUR)).isEqualTo(new PlanningTerms(5, 30));
        assertThat(rules("bitung").of(PlanningKind.RENCANA_INDUK)).isEqualTo(new PlanningTerms(20, 60));
        // Rejang Lebong's regulation has no master plan: the national pattern applies.
        assertThat(rules("rejang-lebong").of(PlanningKind.RENCANA_INDUK)).isEqualTo(new PlanningTerms(20, 60));
        for (String profile : RegionProfiles.all()) {
            assertThat(rules(profile).all()).as(profile).containsOnlyKeys(PlanningKind.values());
        }
        assertThat(rules("samarinda").of(PlanningKind.PETA_RENCANA)).as("not in the profile yet: national pattern")
                .isEqualTo(new PlanningTerms(5, 12));
    }

    @Test
    void theArchitectureFallsDueAfterTheRegionsCadence_G4() {
        LocalDate decree = LocalDate.of(2025, 3, 10);
        PlanningDocument rl = PlanningDocument.register(PlanningKind.ARSITEKTUR,
                rules("rejang-lebong").of(PlanningKind.ARSITEKTUR), "Arsitektur SPBE", 2025, 2029, "1/2025", decree,
                "doc", "admin", NOW, TODAY);
        PlanningDocument bt = PlanningDocument.register(PlanningKind.ARSITEKTUR,
                rules("bitung").of(PlanningKind.ARSITEKTUR), "Arsitektur SPBE", 2025, 2029, "1/2025", decree, "doc",
                "admin", NOW, TODAY);
        assertThat(rl.nextReviewDue()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(rl.overdue(TODAY)).isTrue();
        assertThat(bt.nextReviewDue()).isEqualTo(LocalDate.of(2027, 9, 10));
        assertThat(bt.overdue(TODAY)).isFalse();
    }

    @Test
    void aPeriodOfTheWrongLengthOrAFutureDecreeIsRefused_G4() {
        PlanningRules rl = rules("rejang-lebong");
        assertThatThrownBy(() -> PlanningDocument.register(PlanningKind.PETA_RENCANA, rl.of(PlanningKind.PETA_RENCANA),
                "Peta Rencana", 2025, 2030, "1/2025", LocalDate.of(2025, 1, 2), "doc", "admin", NOW, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("G4"))
                .hasMessageContaining("5 tahun");
        assertThatThrownBy(() -> roadmap(rl, TODAY.plusDays(1)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("G4"));
    }

    @Test
    void aReviewMovesTheDueDateAndMustBeInOrder_G4() {
        PlanningDocument doc = roadmap(rules("rejang-lebong"), LocalDate.of(2025, 2, 1));
        assertThatThrownBy(() -> doc.recordReview(LocalDate.of(2025, 1, 31), "x", null, null, "admin", NOW, TODAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("sebelum penetapan");
        assertThatThrownBy(() -> doc.recordReview(TODAY.plusDays(1), "x", null, null, "admin", NOW, TODAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("belum terjadi");
        doc.recordReview(LocalDate.of(2026, 1, 20), "Reviu tahunan", null, "doc-reviu", "admin", NOW, TODAY);
        assertThat(doc.nextReviewDue()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThatThrownBy(() -> doc.recordReview(LocalDate.of(2026, 1, 19), "x", null, null, "admin", NOW, TODAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("reviu terakhir");
    }

    @Test
    void anOverdueReviewIsFlaggedOncePerDueDate_G4() {
        PlanningDocument doc = roadmap(rules("rejang-lebong"), LocalDate.of(2025, 2, 1));
        LocalDate due = LocalDate.of(2026, 2, 1);
        assertThat(doc.flagOverdue(due, NOW)).as("on the due date it is not late yet").isFalse();
        assertThat(doc.flagOverdue(due.plusDays(3), NOW)).isTrue();
        PlanningReviewOverdue event = (PlanningReviewOverdue) doc.raisedEvents().get(doc.raisedEvents().size() - 1);
        assertThat(event.dueOn()).isEqualTo(due);
        assertThat(event.daysOverdue()).isEqualTo(3);
        assertThat(doc.flagOverdue(due.plusDays(40), NOW)).as("same due date, flagged already").isFalse();
        doc.recordReview(LocalDate.of(2026, 3, 15), "Reviu terlambat", null, null, "admin", NOW, TODAY);
        assertThat(doc.overdue(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(doc.flagOverdue(LocalDate.of(2027, 3, 16), NOW)).as("the next due date, once passed").isTrue();
    }

    @Test
    void noReviewFallsDueAfterThePeriod_G4() {
        PlanningDocument doc = roadmap(rules("rejang-lebong"), LocalDate.of(2025, 2, 1));
        doc.recordReview(LocalDate.of(2026, 2, 1), "r", null, null, "admin", NOW, TODAY.plusYears(4));
        doc.recordReview(LocalDate.of(2029, 2, 1), "r", null, null, "admin", NOW, TODAY.plusYears(4));
        assertThat(doc.nextReviewDue()).as("2030 is after the 2025-2029 period").isNull();
        assertThat(doc.flagOverdue(LocalDate.of(2031, 1, 1), NOW)).isFalse();
    }
}
