package id.go.spbe.network.inspection;

import id.go.spbe.network.inspection.domain.Finding;
import id.go.spbe.network.inspection.domain.FindingStatus;
import id.go.spbe.network.inspection.domain.Inspection;
import id.go.spbe.network.inspection.domain.InspectionEvents.InspectionFindingResolved;
import id.go.spbe.network.inspection.domain.Severity;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inspection aggregate's rules (N5) without Spring. */
class InspectionRulesTest {

    static final Instant NOW = Instant.parse("2027-02-03T03:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2027, 2, 3);

    @Test
    void anInspectionCannotBeDatedAfterTodayNorAFindingDueBeforeIt_N5() {
        assertThatThrownBy(() -> Inspection.record("DINKES", TODAY.plusDays(1), "Cek", 3, TODAY, "a", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("inspectedOn");
        Inspection inspection = Inspection.record("DINKES", TODAY.minusDays(1), " Cek ruang server ", 3, TODAY, "a",
                NOW);
        assertThat(inspection.summary()).isEqualTo("Cek ruang server");
        assertThatThrownBy(() -> inspection.open(new Inspection.FindingSpec("Kabel", null, Severity.LOW,
                TODAY.minusDays(2), null), "a", NOW)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).obligation()).isEqualTo("N5");
    }

    @Test
    void aFindingIsResolvedOnceAndTheInspectionKnowsWhetherAnyIsStillOpen_N5() {
        Inspection inspection = Inspection.record("DINKES", TODAY, "Cek", 3, TODAY, "a", NOW);
        Finding a = inspection.open(new Inspection.FindingSpec("Firewall usang", null, Severity.HIGH,
                TODAY.plusDays(10), null), "a", NOW);
        Finding b = inspection.open(new Inspection.FindingSpec("Label kabel", null, Severity.LOW,
                TODAY.plusDays(30), null), "a", NOW);
        assertThat(inspection.openFindings()).isTrue();

        inspection.resolve(a.id(), "Diganti", TODAY.plusDays(11), "a", NOW);
        assertThat(inspection.finding(a.id()).status()).isEqualTo(FindingStatus.RESOLVED);
        assertThat(inspection.openFindings()).isTrue();
        assertThat(inspection.raisedEvents()).filteredOn(InspectionFindingResolved.class::isInstance)
                .extracting(e -> ((InspectionFindingResolved) e).late()).containsExactly(true);
        assertThatThrownBy(() -> inspection.resolve(a.id(), "Lagi", TODAY, "a", NOW))
                .isInstanceOf(StateConflictException.class);
        inspection.resolve(b.id(), "Dilabeli", TODAY, "a", NOW);
        assertThat(inspection.openFindings()).isFalse();
    }
}
