package id.go.spbe.servicedesk.notification.domain;

import id.go.spbe.servicedesk.ticket.domain.Tier;

import java.time.Instant;

/**
 * What happened to a ticket, as notifications need it: the event (its id makes delivery idempotent), who did it,
 * and the ticket's people at that moment.
 *
 * @param assignee the agent holding the ticket for this notification (for an assignment, the new one); null when
 *                 nobody holds it and its queue is told instead
 * @param queue    the desk whose queue holds the ticket (for an escalation, the one it went to)
 * @param detail   what the text adds: the assignee's name, the SLA clock, the escalation reason
 * @param dueAt    SLA warning: when the clock's target falls due
 */
public record TicketHappening(String eventId, NotificationKind kind, String actor, Instant at, String ticketId,
        String title, String requesterOpd, String requester, String requesterEmail, String assignee, Tier queue,
        String detail, Instant dueAt) {
}
