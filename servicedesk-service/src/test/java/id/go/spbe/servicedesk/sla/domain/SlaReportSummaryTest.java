package id.go.spbe.servicedesk.sla.domain;

import id.go.spbe.servicedesk.ticket.domain.SlaState;
import id.go.spbe.servicedesk.ticket.domain.SlaSummary;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static id.go.spbe.servicedesk.sla.domain.ClockState.Status.BREACHED;
import static id.go.spbe.servicedesk.sla.domain.ClockState.Status.MET;
import static id.go.spbe.servicedesk.sla.domain.ClockState.Status.PAUSED;
import static id.go.spbe.servicedesk.sla.domain.ClockState.Status.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

/** The queue's one word for a ticket's service clocks (S5): the worst state wins; OLA clocks do not count. */
class SlaReportSummaryTest {

    static final Instant NOW = Instant.parse("2027-01-11T03:00:00Z");
    static final Instant OPENED = Instant.parse("2027-01-11T01:00:00Z");

    static ClockState clock(ClockKind kind, ClockState.Status status, String dueAt, String warnAt, String stoppedAt) {
        return new ClockState(kind, status, Duration.ofHours(4), 1, Duration.ofHours(1), Duration.ZERO, OPENED,
                stoppedAt == null ? null : Instant.parse(stoppedAt), dueAt == null ? null : Instant.parse(dueAt),
                warnAt == null ? null : Instant.parse(warnAt), status == BREACHED ? OPENED.plusSeconds(900) : null);
    }

    static SlaSummary summary(ClockState... clocks) {
        return new SlaReport(List.of(clocks), List.of()).summary(NOW);
    }

    @Test
    void aBreachStoppedSinceStillMarksTheRowBreached_S5() {
        assertThat(summary(clock(ClockKind.TIME_TO_OWN, BREACHED, null, null, "2027-01-11T02:00:00Z"),
                clock(ClockKind.RESOLUTION, RUNNING, "2027-01-11T05:00:00Z", "2027-01-11T04:12:00Z", null)))
                .isEqualTo(new SlaSummary(SlaState.BREACHED, Instant.parse("2027-01-11T05:00:00Z")));
    }

    @Test
    void theEarliestRunningDueTimeIsNextAndAPassedWarningWarns_S5() {
        assertThat(summary(clock(ClockKind.FIRST_RESPONSE, RUNNING, "2027-01-11T03:30:00Z", "2027-01-11T03:00:00Z",
                        null),
                clock(ClockKind.RESOLUTION, RUNNING, "2027-01-11T05:00:00Z", "2027-01-11T04:12:00Z", null)))
                .isEqualTo(new SlaSummary(SlaState.WARNING, Instant.parse("2027-01-11T03:30:00Z")));
    }

    @Test
    void allStoppedInTimeIsMetAndAnOlaBreachDoesNotCount_S5() {
        assertThat(summary(clock(ClockKind.RESOLUTION, MET, null, null, "2027-01-11T02:00:00Z"),
                clock(ClockKind.OLA_TIER1, BREACHED, null, null, null)))
                .isEqualTo(new SlaSummary(SlaState.MET, null));
        assertThat(summary(clock(ClockKind.RESOLUTION, PAUSED, null, "2027-01-11T02:00:00Z", null)))
                .isEqualTo(new SlaSummary(SlaState.PAUSED, null));
        assertThat(summary()).isEqualTo(SlaSummary.NONE);
    }
}
