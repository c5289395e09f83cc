package id.go.spbe.servicedesk.sla.domain;

import java.time.Instant;

/**
 * One line of a ticket's SLA timeline: a clock started, paused, resumed or stopped, a calendar gap, a warning or a
 * breach, each with the rule that caused it (S5), so a figure can be explained to the OPD that disputes it.
 *
 * @param until end of a calendar gap or pause, else null
 * @param clock the clock concerned, null when the entry concerns all clocks
 */
public record TimelineEntry(Instant at, Instant until, Kind kind, ClockKind clock, String description,
        String rule) {

    public enum Kind {
        START, PAUSE, RESUME, STOP, ESCALATED, PRIORITY_CHANGED, POLICY_REVISED, REOPENED, CALENDAR_GAP, WARNING,
        BREACH
    }
}
