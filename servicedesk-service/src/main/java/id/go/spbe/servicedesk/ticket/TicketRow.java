package id.go.spbe.servicedesk.ticket;

import id.go.spbe.servicedesk.ticket.domain.Category;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.TicketFact;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import id.go.spbe.servicedesk.ticket.domain.Tier;

import java.time.Instant;
import java.util.List;

/**
 * One row of a ticket list, read as a projection of the ticket document: the columns the list shows plus the facts
 * its SLA column is computed from (S5) — never the comments, attachments, evidence, change steps, history chain or
 * outbox of the aggregate, which a queue page does not need and which make up most of a long-lived ticket's bytes.
 * Read-only: nothing saves a row back.
 *
 * @param sourceService automatic tickets: the service whose event opened it ({@code source.service}); else null
 */
public record TicketRow(String id, TicketType type, Category category, String title, Priority priority,
        String requesterOpd, Instant openedAt, TicketStatus status, Tier tier, String assignee, String routingReason,
        String problemId, Instant updatedAt, String sourceService, List<TicketFact> facts) {

    /** The stored fields a row is read from (the projection); {@code sourceService} comes from source.service. */
    static final String[] FIELDS = {"type", "category", "title", "priority", "requesterOpd", "openedAt", "status",
            "tier", "assignee", "routingReason", "problemId", "updatedAt", "facts"};

    public TicketRow {
        facts = facts == null ? List.of() : facts;
    }
}
