package id.go.spbe.servicedesk.sla;

import id.go.spbe.servicedesk.sla.domain.SlaEngine;
import id.go.spbe.servicedesk.sla.domain.SlaReport;
import id.go.spbe.servicedesk.ticket.TicketRow;
import id.go.spbe.servicedesk.ticket.TicketSlaSummaries;
import id.go.spbe.servicedesk.ticket.domain.SlaSummary;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue's SLA column (S5): the same engine as {@code /tickets/{id}/sla}, from the facts each ticket row
 * holds, with the calendar and policies loaded once per page rather than once per row.
 */
@Service
class QueueSlaSummaries implements TicketSlaSummaries {

    private final SlaClocks clocks;
    private final Clock clock;

    QueueSlaSummaries(SlaClocks clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    @Override
    public Map<String, SlaSummary> of(List<TicketRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        SlaEngine engine = clocks.engine();
        Instant now = clock.instant();
        Map<String, SlaSummary> summaries = new HashMap<>();
        for (TicketRow t : rows) {
            SlaReport report = new SlaReport(engine.clocks(t.type(), t.priority(), t.facts(), now), List.of());
            summaries.put(t.id(), report.summary(now));
        }
        return summaries;
    }
}
