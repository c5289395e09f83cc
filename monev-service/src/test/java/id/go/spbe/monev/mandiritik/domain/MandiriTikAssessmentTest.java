package id.go.spbe.monev.mandiritik.domain;

import id.go.spbe.monev.mandiritik.MandiriTikGovernance;
import id.go.spbe.monev.mandiritik.domain.MandiriTikEvents.MandiriTikAssessed;
import id.go.spbe.monev.mandiritik.domain.MandiriTikEvents.MandiriTikProposalClosed;
import id.go.spbe.monev.mandiritik.domain.MandiriTikEvents.MandiriTikProposed;
import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** G3 as the shipped profiles say it: Rejang Lebong's six criteria and the Bupati, Bitung's two and the Sekda. */
class MandiriTikAssessmentTest {

    static final Instant NOW = Instant.parse("2026-06-02T03:00:00Z");

    static MandiriTikCriteria of(String profile) {
        return RegionProfiles.bind(profile, "spbe.regulation.governance", MandiriTikGovernance.class).criteria();
    }

    static List<CriterionAssessment> allMet(MandiriTikCriteria regulation) {
        return regulation.criteria().stream()
                .map(c -> new CriterionAssessment(c, Verdict.MET, List.of("doc-" + c), null)).toList();
    }

    static List<Class<?>> raised(MandiriTikAssessment a) {
        return a.raisedEvents().stream().<Class<?>>map(DomainEvent::getClass).toList();
    }

    @Test
    void theProfilesNameTheCriteriaAndTheDecidingOffice_G3() {
        assertThat(of("rejang-lebong").criteria()).containsExactly("HAS_ICT_STAFF", "ICT_STAFF_DEDICATED_FUNCTION",
                "ICT_BUDGET", "BUILDS_AND_RUNS_APPS", "OWNS_APPLICATIONS", "OWNS_SERVERS");
        assertThat(of("rejang-lebong").decidedBy()).isEqualTo("BUPATI");
        assertThat(of("bitung").criteria()).containsExactly("HAS_ICT_STAFF", "BUILDS_APPS_OR_LAN");
        assertThat(of("bitung").decidedBy()).isEqualTo("SEKDA");
    }

    @Test
    void rejangLebongPassesOnlyWithAllSixMetAndProposesToTheBupati_G3() {
        MandiriTikCriteria rl = of("rejang-lebong");
        MandiriTikAssessment passed = MandiriTikAssessment.assess("DINKES", rl, allMet(rl), "admin", NOW);
        assertThat(passed.status()).isEqualTo(AssessmentStatus.PROPOSED);
        assertThat(passed.proposedTo()).isEqualTo("BUPATI");
        assertThat(passed.criteriaMet()).hasSize(6);
        assertThat(raised(passed)).containsExactly(MandiriTikAssessed.class, MandiriTikProposed.class);

        List<CriterionAssessment> fiveOfSix = new ArrayList<>(allMet(rl));
        fiveOfSix.set(5, new CriterionAssessment("OWNS_SERVERS", Verdict.NOT_MET, List.of(),
                "Server dititipkan di pusat data Dinas"));
        MandiriTikAssessment failed = MandiriTikAssessment.assess("DINKES", rl, fiveOfSix, "admin", NOW);
        assertThat(failed.status()).isEqualTo(AssessmentStatus.NOT_PASSED);
        assertThat(failed.reasons()).containsExactly("OWNS_SERVERS: Server dititipkan di pusat data Dinas");
        assertThat(failed.proposedTo()).isNull();
        assertThat(raised(failed)).containsExactly(MandiriTikAssessed.class);
        assertThat(((MandiriTikAssessed) failed.raisedEvents().get(0)).passed()).isFalse();
    }

    @Test
    void bitungPassesWithItsTwoCriteriaAndProposesToTheSekda_G3() {
        MandiriTikCriteria bt = of("bitung");
        List<CriterionAssessment> reversed = new ArrayList<>(allMet(bt));
        java.util.Collections.reverse(reversed);
        MandiriTikAssessment passed = MandiriTikAssessment.assess("DINKES", bt, reversed, "admin", NOW);
        assertThat(passed.proposedTo()).isEqualTo("SEKDA");
        assertThat(passed.criteria()).extracting(CriterionAssessment::code)
                .as("kept in the regulation's order").containsExactly("HAS_ICT_STAFF", "BUILDS_APPS_OR_LAN");
        // Rejang Lebong's criteria are not Bitung's: a full RL set is refused in Bitung.
        assertThatThrownBy(() -> MandiriTikAssessment.assess("DINKES", bt, allMet(of("rejang-lebong")), "admin",
                NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.obligation()).isEqualTo("G3")).hasMessageContaining("OWNS_SERVERS tidak dikenal");
    }

    @Test
    void everyProblemOfAnIncompleteAssessmentIsNamedAtOnce_G3() {
        MandiriTikCriteria rl = of("rejang-lebong");
        List<CriterionAssessment> verdicts = List.of(
                new CriterionAssessment("HAS_ICT_STAFF", Verdict.MET, List.of(), null),
                new CriterionAssessment("ICT_BUDGET", Verdict.NOT_MET, List.of(), " "),
                new CriterionAssessment("ICT_BUDGET", Verdict.MET, List.of("doc-dpa"), null),
                new CriterionAssessment("BUILDS_APPS_OR_LAN", Verdict.MET, List.of("doc"), null));
        assertThatThrownBy(() -> MandiriTikAssessment.assess("DINKES", rl, verdicts, "admin", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("G3"))
                .hasMessageContaining("HAS_ICT_STAFF dinyatakan terpenuhi tanpa dokumen bukti")
                .hasMessageContaining("ICT_BUDGET dinyatakan tidak terpenuhi tanpa alasan")
                .hasMessageContaining("ICT_BUDGET dinilai lebih dari sekali")
                .hasMessageContaining("BUILDS_APPS_OR_LAN tidak dikenal")
                .hasMessageContaining("OWNS_SERVERS belum dinilai")
                .hasMessageContaining("ICT_STAFF_DEDICATED_FUNCTION belum dinilai");
    }

    @Test
    void aRegulationWithoutCriteriaTakesNoAssessment_G3() {
        MandiriTikCriteria samarinda = of("samarinda");
        assertThat(samarinda.criteria()).isEmpty();
        assertThatThrownBy(() -> MandiriTikAssessment.assess("DINKES", samarinda, List.of(), "admin", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.obligation()).isEqualTo("G3"));
    }

    @Test
    void theDecreeClosesTheProposalOnceAndAClosedOneCannotBeWithdrawn_G3() {
        MandiriTikCriteria bt = of("bitung");
        MandiriTikAssessment proposal = MandiriTikAssessment.assess("DINKES", bt, allMet(bt), "admin", NOW);
        assertThat(proposal.decided(true, "188.45/123/2026", LocalDate.of(2026, 6, 19), "SEKDA", null, NOW))
                .isTrue();
        assertThat(proposal.status()).isEqualTo(AssessmentStatus.DESIGNATED);
        assertThat(proposal.decided(false, "188.45/124/2026", LocalDate.of(2026, 6, 20), "SEKDA", null, NOW))
                .as("a second decree does not reopen it").isFalse();
        assertThat(proposal.decreeNumber()).isEqualTo("188.45/123/2026");
        assertThat(raised(proposal)).containsExactly(MandiriTikAssessed.class, MandiriTikProposed.class,
                MandiriTikProposalClosed.class);
        assertThatThrownBy(() -> proposal.withdraw("salah", "admin", NOW)).isInstanceOf(StateConflictException.class);

        MandiriTikAssessment refused = MandiriTikAssessment.assess("DINKES", bt, allMet(bt), "admin", NOW);
        refused.decided(false, "188.45/125/2026", LocalDate.of(2026, 6, 19), "SEKDA", "Anggaran belum memadai", NOW);
        assertThat(refused.status()).isEqualTo(AssessmentStatus.REFUSED);
        assertThat(refused.closingNote()).isEqualTo("Anggaran belum memadai");

        MandiriTikAssessment withdrawn = MandiriTikAssessment.assess("DINKES", bt, allMet(bt), "admin", NOW);
        withdrawn.withdraw("Struktur OPD berubah", "admin", NOW);
        assertThat(withdrawn.status()).isEqualTo(AssessmentStatus.WITHDRAWN);
        assertThat(withdrawn.decided(true, "188.45/126/2026", LocalDate.of(2026, 6, 19), "SEKDA", null, NOW))
                .as("a withdrawn proposal is not revived by a late decree").isFalse();
    }
}
