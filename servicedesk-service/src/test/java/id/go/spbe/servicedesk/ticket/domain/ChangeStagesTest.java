package id.go.spbe.servicedesk.ticket.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.servicedesk.ticket.domain.ChangeStep.Kind;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.ChangeApproved;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.ChangeImplemented;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketClosed;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** S6 without Spring: a change takes exactly the regulation's stages, in order, each recorded. */
class ChangeStagesTest {

    static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    static Ticket takenChange() {
        Ticket t = TicketTest.open(TicketType.PERUBAHAN, Category.APLIKASI, Tier.TIER1);
        t.assign("teknisi", "teknisi", NOW);
        return t;
    }

    @Test
    void aChangeGoesThroughEveryStageInOrderAndEachIsRecorded_S6() {
        Ticket t = takenChange();
        Kind[] steps = {Kind.ANALYSIS_STARTED, Kind.SUBMITTED_FOR_APPROVAL, Kind.APPROVED, Kind.IMPLEMENTATION_STARTED,
                Kind.IMPLEMENTED, Kind.EVALUATED};
        for (int i = 0; i < steps.length; i++) {
            t.advanceChange(steps[i], "catatan " + i, "orang" + i, "DINAS_ADMIN", NOW.plusSeconds(i));
        }
        assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(t.closedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(t.changeSteps()).extracting(ChangeStep::stage).containsExactly(TicketStatus.ANALYSIS,
                TicketStatus.APPROVAL, TicketStatus.DEVELOPMENT, TicketStatus.IMPLEMENTATION, TicketStatus.EVALUATION,
                TicketStatus.CLOSED);
        assertThat(t.changeSteps().get(2).by()).isEqualTo("orang2");
        assertThat(t.changeSteps().get(2).note()).isEqualTo("catatan 2");
        assertThat(t.raisedEvents()).filteredOn(ChangeApproved.class::isInstance).singleElement()
                .extracting(e -> ((ChangeApproved) e).approverRole()).isEqualTo("DINAS_ADMIN");
        assertThat(t.raisedEvents()).filteredOn(ChangeImplemented.class::isInstance).hasSize(1);
        assertThat(t.raisedEvents()).filteredOn(TicketClosed.class::isInstance).hasSize(1);
    }

    @Test
    void noStageCanBeSkippedNorTakenTwice_S6() {
        Ticket t = takenChange();
        assertThatThrownBy(() -> t.advanceChange(Kind.SUBMITTED_FOR_APPROVAL, "x", "a", null, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> t.advanceChange(Kind.APPROVED, "x", "a", "DINAS_ADMIN", NOW))
                .isInstanceOf(StateConflictException.class);
        t.advanceChange(Kind.ANALYSIS_STARTED, "x", "a", null, NOW);
        assertThatThrownBy(() -> t.advanceChange(Kind.ANALYSIS_STARTED, "x", "a", null, NOW))
                .isInstanceOf(StateConflictException.class);
        t.advanceChange(Kind.SUBMITTED_FOR_APPROVAL, "x", "a", null, NOW);
        // waiting for approval: no work step moves it, only a decision
        assertThatThrownBy(() -> t.advanceChange(Kind.IMPLEMENTATION_STARTED, "x", "a", null, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> t.advanceChange(Kind.EVALUATED, "x", "a", null, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> t.close("a", NOW)).isInstanceOf(StateConflictException.class);
        assertThat(t.status()).isEqualTo(TicketStatus.APPROVAL);
        assertThat(t.changeSteps()).hasSize(2);
    }

    @Test
    void aRefusalNeedsItsReasonAndClosesTheChange_S6() {
        Ticket t = takenChange();
        t.advanceChange(Kind.ANALYSIS_STARTED, "x", "a", null, NOW);
        t.advanceChange(Kind.SUBMITTED_FOR_APPROVAL, "x", "a", null, NOW);
        assertThatThrownBy(() -> t.advanceChange(Kind.REFUSED, "  ", "kadis", "DINAS_ADMIN", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation())
                        .isEqualTo("S6"));
        t.advanceChange(Kind.REFUSED, "Risiko terlalu tinggi menjelang akhir tahun", "kadis", "DINAS_ADMIN", NOW);
        assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(t.changeSteps().get(2).kind()).isEqualTo(Kind.REFUSED);
        assertThat(t.raisedEvents()).noneMatch(ChangeApproved.class::isInstance);
    }

    @Test
    void onlyAChangeHasStages_S6() {
        Ticket t = TicketTest.open(TicketType.GANGGUAN, Category.PERANGKAT, Tier.TIER1);
        t.assign("a", "a", NOW);
        assertThatThrownBy(() -> t.advanceChange(Kind.ANALYSIS_STARTED, "x", "a", null, NOW))
                .isInstanceOf(StateConflictException.class);
    }
}
