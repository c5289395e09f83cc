package id.go.spbe.servicedesk.ticket;

import id.go.spbe.servicedesk.ticket.domain.SlaSummary;

import java.util.List;
import java.util.Map;

/**
 * The SLA summary of each row of a page (S5). Implemented by the sla feature, which depends on tickets — this
 * seam keeps the features free of a cycle while the queue shows each row's state without a request per row.
 */
public interface TicketSlaSummaries {

    /** Each row's summary by ticket id, computed with one calendar and policy book for the whole page. */
    Map<String, SlaSummary> of(List<TicketRow> rows);
}
