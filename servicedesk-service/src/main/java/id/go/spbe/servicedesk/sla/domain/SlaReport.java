package id.go.spbe.servicedesk.sla.domain;

import java.util.List;

/** The clocks of one ticket and the timeline that explains them. */
public record SlaReport(List<ClockState> clocks, List<TimelineEntry> timeline) {

    public ClockState clock(ClockKind kind) {
        return clocks.stream().filter(c -> c.clock() == kind).findFirst().orElseThrow();
    }
}
