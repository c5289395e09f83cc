package id.go.spbe.audit.evidence.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an evidence request (AU2), without Spring. */
class EvidenceRequestTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    EvidenceRequest asked(LocalDate due) {
        return EvidenceRequest.ask("a1", "DINKES", "SOP", "Uji tata kelola", due, TODAY, "budi", NOW);
    }

    @Test
    void au2ADueDateBeforeTodayIsRefusedButTodayIsAllowed() {
        assertThatThrownBy(() -> asked(TODAY.minusDays(1))).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).obligation()).isEqualTo("AU2");
        assertThat(asked(TODAY).status()).isEqualTo(EvidenceStatus.REQUESTED);
    }

    @Test
    void au2OnlyAnUnansweredRequestPastItsDueDateIsOverdue() {
        EvidenceRequest r = asked(TODAY.plusDays(3));
        assertThat(r.overdueOn(TODAY.plusDays(3))).as("on the due date").isFalse();
        assertThat(r.overdueOn(TODAY.plusDays(4))).isTrue();
        r.provide(List.of("d1"), null, "operator.dinkes", NOW);
        assertThat(r.overdueOn(TODAY.plusDays(10))).as("answered: the team's turn").isFalse();
    }

    @Test
    void au2AskingAgainNeedsAReasonOpensANewRoundAndKeepsEveryAnswer() {
        EvidenceRequest r = asked(TODAY.plusDays(3));
        assertThatThrownBy(() -> r.accept(null, "budi", NOW)).isInstanceOf(StateConflictException.class);
        r.provide(List.of("d1"), "versi lama", "operator.dinkes", NOW);
        assertThatThrownBy(() -> r.provide(List.of("d2"), null, "operator.dinkes", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> r.askAgain(" ", TODAY.plusDays(5), TODAY, "budi", NOW))
                .isInstanceOf(RuleViolationException.class);
        r.askAgain("Kedaluwarsa", TODAY.plusDays(5), TODAY, "budi", NOW);
        assertThat(r.round()).isEqualTo(2);
        assertThat(r.dueDate()).isEqualTo(TODAY.plusDays(5));
        r.provide(List.of("d2"), null, "operator.dinkes", NOW);
        r.accept("Lengkap", "budi", NOW);
        assertThat(r.status()).isEqualTo(EvidenceStatus.ACCEPTED);
        assertThat(r.submissions()).extracting(EvidenceSubmission::round).containsExactly(1, 2);
        assertThatThrownBy(() -> r.askAgain("lagi", TODAY.plusDays(5), TODAY, "budi", NOW))
                .isInstanceOf(StateConflictException.class);
    }
}
