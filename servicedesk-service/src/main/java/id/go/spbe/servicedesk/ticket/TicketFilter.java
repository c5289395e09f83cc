package id.go.spbe.servicedesk.ticket;

import id.go.spbe.servicedesk.ticket.domain.Category;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import id.go.spbe.servicedesk.ticket.domain.Tier;

/**
 * Filters of the ticket list; null means any. {@code open}: only tickets that are neither resolved nor closed;
 * {@code application}: the affected application's id; {@code problem}: the children of that problem;
 * {@code source}: the automatic tickets opened from that service's events (e.g. {@code datacenter-service}).
 */
public record TicketFilter(String opd, Tier queue, TicketStatus status, TicketType type, Category category,
        Priority priority, String assignee, Boolean open, String application, String problem, String source) {

    public TicketFilter(String opd, Tier queue, TicketStatus status, TicketType type, Category category,
            Priority priority, String assignee, Boolean open, String application, String problem) {
        this(opd, queue, status, type, category, priority, assignee, open, application, problem, null);
    }

    public TicketFilter(String opd, Tier queue, TicketStatus status, TicketType type, Category category,
            Priority priority, String assignee, Boolean open) {
        this(opd, queue, status, type, category, priority, assignee, open, null, null, null);
    }
}
