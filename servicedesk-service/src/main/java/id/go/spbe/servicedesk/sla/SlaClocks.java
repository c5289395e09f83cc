package id.go.spbe.servicedesk.sla;

import id.go.spbe.servicedesk.sla.domain.SlaEngine;
import id.go.spbe.servicedesk.sla.domain.SlaReport;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Computes a ticket's clocks with the calendar and policies as they are now (S5). */
@Service
public class SlaClocks {

    private final BusinessCalendars calendars;
    private final SlaPolicies policies;
    private final SlaProperties properties;
    private final Clock clock;

    SlaClocks(BusinessCalendars calendars, SlaPolicies policies, SlaProperties properties, Clock clock) {
        this.calendars = calendars;
        this.policies = policies;
        this.properties = properties;
        this.clock = clock;
    }

    /** An engine with the current calendar and policies; reuse it for many tickets within one run. */
    public SlaEngine engine() {
        return new SlaEngine(calendars.current(), policies.book(), properties.warningThreshold());
    }

    public java.time.ZoneId zone() {
        return calendars.zone();
    }

    public SlaReport report(Ticket ticket) {
        return engine().compute(ticket.type(), ticket.priority(), ticket.facts(), clock.instant());
    }
}
