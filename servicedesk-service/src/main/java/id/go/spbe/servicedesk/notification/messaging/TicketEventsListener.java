package id.go.spbe.servicedesk.notification.messaging;

import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.servicedesk.notification.TicketNotifier;
import id.go.spbe.servicedesk.notification.domain.NotificationKind;
import id.go.spbe.servicedesk.notification.domain.TicketHappening;
import id.go.spbe.servicedesk.ticket.TicketAutomation;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Notifications come from the desk's own published ticket events (topic {@code spbe.servicedesk.ticket.v1}), so
 * they follow every change that was committed — the event is written in the same document write as the change
 * (outbox) — and survive restarts and an SMTP outage. Inbox "servicedesk-notifications" skips a repeated event id;
 * {@link TicketNotifier} is idempotent per (event, recipient) besides. The ticket is read as stored now for its title
 * and people; what the event itself says (the new assignee, the desk it was escalated to, the clock) wins.
 */
@Component
class TicketEventsListener implements EventConsumer {

    static final String TOPIC = "spbe.servicedesk.ticket.v1";
    private static final String PREFIX = "id.go.spbe.ticket.";
    private static final Logger log = LoggerFactory.getLogger(TicketEventsListener.class);

    /** This consumer's copies of the fields it reads (the ticket package owns the schemas). */
    record Opened(@NotBlank String ticketId, @NotNull Tier tier, @NotBlank String openedBy,
            @NotNull Instant occurredAt) {
    }

    record Assigned(@NotBlank String ticketId, @NotNull Tier tier, @NotBlank String assignee,
            @NotBlank String assignedBy, @NotNull Instant occurredAt) {
    }

    record Commented(@NotBlank String ticketId, boolean internal, @NotBlank String author,
            @NotNull Instant occurredAt) {
    }

    record InformationRequested(@NotBlank String ticketId, @NotBlank String requestedBy,
            @NotNull Instant occurredAt) {
    }

    record Escalated(@NotBlank String ticketId, @NotNull Tier toTier, String reason, @NotBlank String escalatedBy,
            @NotNull Instant occurredAt) {
    }

    record Resolved(@NotBlank String ticketId, @NotBlank String resolvedBy, @NotNull Instant occurredAt) {
    }

    record Reopened(@NotBlank String ticketId, @NotBlank String reason, @NotBlank String reopenedBy,
            @NotNull Instant occurredAt) {
    }

    record Closed(@NotBlank String ticketId, @NotBlank String closedBy, @NotNull Instant occurredAt) {
    }

    record SatisfactionRated(@NotBlank String ticketId, int score, @NotBlank String ratedBy,
            @NotNull Instant occurredAt) {
    }

    record SlaWarning(@NotBlank String ticketId, @NotBlank String clock, @NotNull Tier tier, Instant dueAt,
            @NotNull Instant occurredAt) {
    }

    record SlaBreached(@NotBlank String ticketId, @NotBlank String clock, @NotNull Tier tier,
            @NotNull Instant occurredAt) {
    }

    private final TicketAutomation tickets;
    private final TicketNotifier notifier;

    TicketEventsListener(TicketAutomation tickets, TicketNotifier notifier) {
        this.tickets = tickets;
        this.notifier = notifier;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("servicedesk-notifications").groupId("servicedesk-service.notifications")
                .topics(TOPIC)
                .on(PREFIX + "opened.v1", Opened.class, (d, e) -> deliver(e, d.ticketId(),
                        NotificationKind.TICKET_OPENED, d.openedBy(), d.occurredAt(), Who.NOBODY, d.tier(), null,
                        null))
                .on(PREFIX + "assigned.v1", Assigned.class, (d, e) -> deliver(e, d.ticketId(),
                        NotificationKind.TICKET_ASSIGNED, d.assignedBy(), d.occurredAt(), Who.named(d.assignee()),
                        d.tier(), d.assignee(), null))
                .on(PREFIX + "commented.v1", Commented.class, (d, e) -> deliver(e, d.ticketId(),
                        d.internal() ? NotificationKind.INTERNAL_COMMENT : NotificationKind.PUBLIC_COMMENT,
                        d.author(), d.occurredAt(), Who.HOLDER, null, null, null))
                .on(PREFIX + "information-requested.v1", InformationRequested.class, (d, e) -> deliver(e,
                        d.ticketId(), NotificationKind.INFORMATION_REQUESTED, d.requestedBy(), d.occurredAt(),
                        Who.HOLDER, null, null, null))
                .on(PREFIX + "escalated.v1", Escalated.class, (d, e) -> deliver(e, d.ticketId(),
                        NotificationKind.TICKET_ESCALATED, d.escalatedBy(), d.occurredAt(), Who.NOBODY, d.toTier(),
                        d.reason(), null))
                .on(PREFIX + "resolved.v1", Resolved.class, (d, e) -> deliver(e, d.ticketId(),
                        NotificationKind.TICKET_RESOLVED, d.resolvedBy(), d.occurredAt(), Who.HOLDER, null, null,
                        null))
                .on(PREFIX + "reopened.v1", Reopened.class, (d, e) -> deliver(e, d.ticketId(),
                        NotificationKind.TICKET_REOPENED, d.reopenedBy(), d.occurredAt(), Who.HOLDER, null,
                        d.reason(), null))
                .on(PREFIX + "closed.v1", Closed.class, (d, e) -> deliver(e, d.ticketId(),
                        NotificationKind.TICKET_CLOSED, d.closedBy(), d.occurredAt(), Who.HOLDER, null, null, null))
                .on(PREFIX + "satisfaction-rated.v1", SatisfactionRated.class, (d, e) -> deliver(e, d.ticketId(),
                        NotificationKind.SATISFACTION_RATED, d.ratedBy(), d.occurredAt(), Who.HOLDER, null,
                        String.valueOf(d.score()), null))
                .on(PREFIX + "sla-warning.v1", SlaWarning.class, (d, e) -> deliver(e, d.ticketId(),
                        NotificationKind.SLA_WARNING, Ticket.SYSTEM, d.occurredAt(), Who.HOLDER, d.tier(),
                        d.clock(), d.dueAt()))
                .on(PREFIX + "sla-breached.v1", SlaBreached.class, (d, e) -> deliver(e, d.ticketId(),
                        NotificationKind.SLA_BREACHED, Ticket.SYSTEM, d.occurredAt(), Who.HOLDER, d.tier(),
                        d.clock(), null));
    }

    /** Whose name the agent side carries: the event's (an assignment), the ticket's holder now, or nobody (queue). */
    private record Who(String name, boolean holder) {
        static final Who NOBODY = new Who(null, false);
        static final Who HOLDER = new Who(null, true);

        static Who named(String name) {
            return new Who(name, false);
        }
    }

    private void deliver(CloudEvent event, String ticketId, NotificationKind kind, String actor, Instant at, Who who,
            Tier queue, String detail, Instant dueAt) {
        Ticket ticket = tickets.find(ticketId).orElse(null);
        if (ticket == null) {
            log.warn("Event {} names ticket {}, which this desk does not hold; nobody to notify", event.id(),
                    ticketId);
            return;
        }
        String assignee = who.holder() ? ticket.assignee() : who.name();
        String text = kind == NotificationKind.TICKET_ASSIGNED ? assignee : detail;
        notifier.notify(new TicketHappening(event.id(), kind, actor, at, ticket.id(), ticket.title(),
                ticket.requesterOpd(), ticket.requester(), ticket.requesterEmail(), assignee,
                queue != null ? queue : ticket.tier(), text, dueAt));
    }
}
