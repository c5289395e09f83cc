package id.go.spbe.servicedesk.sla.domain;

import java.time.LocalDate;

/** A date on which the desk's SLA clocks do not run, with its official name (S5). */
public record NonWorkingDay(LocalDate date, String name, DayKind kind) {
}
