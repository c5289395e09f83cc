package id.go.spbe.servicedesk.sla.domain;

import java.time.Instant;

/**
 * A stretch of time the clocks do not count, with the calendar rule behind it: a holiday or cuti bersama (its
 * name), a weekend, or the hours outside the desk's working hours.
 */
public record CalendarGap(Instant from, Instant to, Reason reason, String description) {

    public enum Reason {
        OUTSIDE_HOURS, WEEKEND, LIBUR_NASIONAL, CUTI_BERSAMA, LIBUR_DAERAH
    }
}
