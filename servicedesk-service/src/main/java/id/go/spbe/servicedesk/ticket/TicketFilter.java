package id.go.spbe.servicedesk.ticket;

import id.go.spbe.servicedesk.ticket.domain.Category;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import id.go.spbe.servicedesk.ticket.domain.Tier;

/**
 * Filters of the ticket list; null means any. {@code open}: only tickets that are neither resolved nor closed;
 * {@code application}: the affected application's id; {@code problem}: the children of that problem.
 */
public record TicketFilter(String opd, Tier queue, TicketStatus status, TicketType type, Category category,
        Priority priority, String assignee, Boolean open, String application, String problem) {

    public TicketFilter(String opd, Tier queue, TicketStatus status, TicketType type, Category category,
            Priority priority, String assignee, Boolean open) {
        this(opd, queue, status, type, category, priority, assignee, open, null, null);
    }
}
