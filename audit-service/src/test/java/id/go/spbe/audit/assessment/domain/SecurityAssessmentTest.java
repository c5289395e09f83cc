package id.go.spbe.audit.assessment.domain;

import id.go.spbe.audit.assessment.domain.SecurityAssessmentEvents.SecurityFindingOpened;
import id.go.spbe.audit.assessment.domain.SecurityAssessmentEvents.SecurityFindingResolved;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life cycle of a security assessment of Dinas at an OPD and its findings (AU8). */
class SecurityAssessmentTest {

    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static SecurityAssessment planned() {
        return SecurityAssessment.plan("DINKES", AssessmentType.VULNERABILITY_ASSESSMENT, "Asesmen kerentanan", null,
                "lan:DINKES", TODAY, "admin.dinas", NOW);
    }

    @Test
    void au8AFindingIsOwnedByTheAssessedOpdAndTellsTheServiceDeskItsSource() {
        SecurityAssessment a = planned();
        AssessmentFinding f = a.recordFinding("TLS 1.0 aktif", null, Severity.HIGH, "Matikan TLS 1.0",
                TODAY.plusDays(30), "admin.dinas", TODAY, NOW);
        assertThat(a.openFindings()).isEqualTo(1);
        assertThat(a.raisedEvents()).last().isInstanceOfSatisfying(SecurityFindingOpened.class, e -> {
            assertThat(e.ownerOpd()).isEqualTo("DINKES");
            assertThat(e.source()).isEqualTo("SECURITY_ASSESSMENT");
            assertThat(e.findingId()).isEqualTo(f.id());
            assertThat(e.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void au8AFindingDueBeforeTodayIsRefused() {
        assertThatThrownBy(() -> planned().recordFinding("x", null, Severity.LOW, "y", TODAY.minusDays(1), "d",
                TODAY, NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.obligation()).isEqualTo("AU8"));
    }

    @Test
    void au8AFindingIsResolvedOnceAndLateAfterItsDueDate() {
        SecurityAssessment a = planned();
        AssessmentFinding f = a.recordFinding("x", null, Severity.LOW, "y", TODAY.plusDays(1), "d", TODAY, NOW);
        a.resolveFinding(f.id(), "diperbaiki", "operator.dinkes", TODAY.plusDays(5), NOW);
        assertThat(a.openFindings()).isZero();
        assertThat(a.raisedEvents()).last().isInstanceOfSatisfying(SecurityFindingResolved.class,
                e -> assertThat(e.late()).isTrue());
        assertThatThrownBy(() -> a.resolveFinding(f.id(), "lagi", "d", TODAY, NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void au8CompletedNotInTheFutureAndOnlyOnceAndACancelledAssessmentTakesNoFinding() {
        SecurityAssessment a = planned();
        assertThatThrownBy(() -> a.complete(TODAY.plusDays(1), "s", "d", TODAY, NOW))
                .isInstanceOf(RuleViolationException.class);
        a.complete(TODAY, "selesai", "d", TODAY, NOW);
        assertThat(a.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThatThrownBy(() -> a.complete(TODAY, "s", "d", TODAY, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> a.cancel("r", "d", NOW)).isInstanceOf(StateConflictException.class);
        a.recordFinding("laporan menyusul", null, Severity.MEDIUM, "y", TODAY, "d", TODAY, NOW);

        SecurityAssessment b = planned();
        b.cancel("OPD pindah kantor", "d", NOW);
        assertThat(b.cancelReason()).isEqualTo("OPD pindah kantor");
        assertThatThrownBy(() -> b.recordFinding("x", null, Severity.LOW, "y", TODAY, "d", TODAY, NOW))
                .isInstanceOf(StateConflictException.class);
    }
}
