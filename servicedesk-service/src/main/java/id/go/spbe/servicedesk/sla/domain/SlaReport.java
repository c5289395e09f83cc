package id.go.spbe.servicedesk.sla.domain;

import id.go.spbe.servicedesk.ticket.domain.SlaState;
import id.go.spbe.servicedesk.ticket.domain.SlaSummary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The clocks of one ticket and the timeline that explains them. */
public record SlaReport(List<ClockState> clocks, List<TimelineEntry> timeline) {

    public ClockState clock(ClockKind kind) {
        return clocks.stream().filter(c -> c.clock() == kind).findFirst().orElseThrow();
    }

    /**
     * The service clocks in one word, worst first: breached if any breached; else warning when a running clock passed
     * its warning instant; paused while the ticket waits; on track while one runs; met when all stopped in time.
     */
    public SlaSummary summary(Instant now) {
        List<ClockState> service = clocks.stream().filter(c -> c.clock().targeted()).toList();
        List<ClockState> open = service.stream()
                .filter(c -> c.running() || c.status() == ClockState.Status.PAUSED).toList();
        Instant nextDue = open.stream().filter(ClockState::running).map(ClockState::dueAt)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        SlaState state;
        if (service.stream().anyMatch(c -> c.status() == ClockState.Status.BREACHED)) {
            state = SlaState.BREACHED;
        } else if (open.stream().anyMatch(c -> c.status() == ClockState.Status.RUNNING && c.warnAt() != null
                && !c.warnAt().isAfter(now))) {
            state = SlaState.WARNING;
        } else if (open.stream().anyMatch(c -> c.status() == ClockState.Status.PAUSED)) {
            state = SlaState.PAUSED;
        } else if (!open.isEmpty()) {
            state = SlaState.ON_TRACK;
        } else if (service.stream().anyMatch(c -> c.status() == ClockState.Status.MET)) {
            state = SlaState.MET;
        } else {
            state = SlaState.NONE;
        }
        return new SlaSummary(state, nextDue);
    }
}
