package id.go.spbe.servicedesk.ticket.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.UUID;

/**
 * Events of the ticket aggregate, all on {@value #TOPIC} keyed by ticket id, each carrying the requester's OPD so
 * consumers (monev's service-management evidence) can scope. Texts that may be confidential (descriptions, internal
 * comments, resolution notes) are never published. Schemas: {@code resources/events/ticket-*.v1.schema.json}.
 */
public final class TicketEvents {

    public static final String TOPIC = "spbe.servicedesk.ticket.v1";

    private TicketEvents() {
    }

    /** Identity shared by every ticket event. */
    public interface TicketEvent extends DomainEvent {

        String ticketId();

        String requesterOpd();

        @Override
        default String aggregateId() {
            return ticketId();
        }

        @Override
        default String opdCode() {
            return requesterOpd();
        }
    }

    /**
     * {@code title}: only a change's (PERUBAHAN, not KEAMANAN) — see {@link Ticket#publishableTitle()}; null
     * otherwise. {@code affectedSiteId}: the registered site (network-service's site id) named, or null.
     */
    @EventType(value = "id.go.spbe.ticket.opened.v1", topic = TOPIC)
    public record TicketOpened(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            TicketType type, Category category, Level impact, Level urgency, Priority priority, Tier tier,
            String routingReason, String affectedApplicationId, String affectedSite, String channel,
            Instant openedAt, String openedBy, String title, String affectedSiteId) implements TicketEvent {

        @Override
        public String actor() {
            return openedBy;
        }
    }

    @EventType(value = "id.go.spbe.ticket.assigned.v1", topic = TOPIC)
    public record TicketAssigned(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd, Tier tier,
            String assignee, String assignedBy) implements TicketEvent {

        @Override
        public String actor() {
            return assignedBy;
        }
    }

    /** S3: to Tier 2 with a reason; {@code automatic} when nobody took the ticket within its time-to-own (S5). */
    @EventType(value = "id.go.spbe.ticket.escalated.v1", topic = TOPIC)
    public record TicketEscalated(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            Tier fromTier, Tier toTier, String reason, boolean automatic, String escalatedBy) implements TicketEvent {

        @Override
        public String actor() {
            return escalatedBy;
        }
    }

    @EventType(value = "id.go.spbe.ticket.commented.v1", topic = TOPIC)
    public record TicketCommented(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            String commentId, boolean internal, String author) implements TicketEvent {

        @Override
        public String actor() {
            return author;
        }
    }

    /** A file was attached (its name is not published; type, size and SHA-256 are). */
    @EventType(value = "id.go.spbe.ticket.attachment-added.v1", topic = TOPIC)
    public record TicketAttachmentAdded(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            String fileId, String mediaType, long sizeBytes, String sha256, String uploadedBy) implements TicketEvent {

        @Override
        public String actor() {
            return uploadedBy;
        }
    }

    /** The agent asked the requester for information; the SLA clocks pause (S5). */
    @EventType(value = "id.go.spbe.ticket.information-requested.v1", topic = TOPIC)
    public record TicketInformationRequested(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            String requestedBy) implements TicketEvent {

        @Override
        public String actor() {
            return requestedBy;
        }
    }

    @EventType(value = "id.go.spbe.ticket.resumed.v1", topic = TOPIC)
    public record TicketResumed(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            String resumedBy) implements TicketEvent {

        @Override
        public String actor() {
            return resumedBy;
        }
    }

    /** Impact or urgency changed; the SLA clocks are recomputed retroactively from the opening (S5). */
    @EventType(value = "id.go.spbe.ticket.reprioritized.v1", topic = TOPIC)
    public record TicketReprioritized(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            Priority from, Priority to, String reason, String changedBy) implements TicketEvent {

        @Override
        public String actor() {
            return changedBy;
        }
    }

    /** A stage of a problem (KNOWN_ERROR) or of a change (S6). */
    @EventType(value = "id.go.spbe.ticket.stage-changed.v1", topic = TOPIC)
    public record TicketStageChanged(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            TicketStatus from, TicketStatus to, String changedBy) implements TicketEvent {

        @Override
        public String actor() {
            return changedBy;
        }
    }

    /** One step of a security incident's evidence-preservation checklist was done (S8). */
    @EventType(value = "id.go.spbe.ticket.evidence-secured.v1", topic = TOPIC)
    public record TicketEvidenceSecured(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            String item, String securedBy) implements TicketEvent {

        @Override
        public String actor() {
            return securedBy;
        }
    }

    @EventType(value = "id.go.spbe.ticket.resolved.v1", topic = TOPIC)
    public record TicketResolved(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            TicketType type, Category category, Priority priority, Tier tier, Instant openedAt, String resolvedBy)
            implements TicketEvent {

        @Override
        public String actor() {
            return resolvedBy;
        }
    }

    @EventType(value = "id.go.spbe.ticket.closed.v1", topic = TOPIC)
    public record TicketClosed(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            TicketType type, TicketStatus from, String closedBy) implements TicketEvent {

        @Override
        public String actor() {
            return closedBy;
        }
    }

    @EventType(value = "id.go.spbe.ticket.reopened.v1", topic = TOPIC)
    public record TicketReopened(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            String reason, String reopenedBy) implements TicketEvent {

        @Override
        public String actor() {
            return reopenedBy;
        }
    }

    /** A clock has used {@code threshold} of its target (S5); raised once per clock and ticket. */
    @EventType(value = "id.go.spbe.ticket.sla-warning.v1", topic = TOPIC)
    public record SlaWarning(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd, String clock,
            Priority priority, Tier tier, Instant dueAt, String rule) implements TicketEvent {

        @Override
        public String actor() {
            return "system";
        }
    }

    /** A clock passed its target (S5); raised once per clock and ticket. */
    @EventType(value = "id.go.spbe.ticket.sla-breached.v1", topic = TOPIC)
    public record SlaBreached(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd, String clock,
            Priority priority, Tier tier, Instant breachedAt, String rule) implements TicketEvent {

        @Override
        public String actor() {
            return "system";
        }
    }

    /**
     * S6: the change was approved by the role the profile names ({@code approverRole}); development may start.
     * {@code affectedApplicationId}: the application it changes, when it names one; {@code title}: the change's
     * title, so that consumers (network's change-ticket picker, N7) can name it — see
     * {@link Ticket#publishableTitle()}.
     */
    @EventType(value = "id.go.spbe.change.approved.v1", topic = TOPIC)
    public record ChangeApproved(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            String affectedApplicationId, String approverRole, String approvedBy, String title)
            implements TicketEvent {

        @Override
        public String actor() {
            return approvedBy;
        }
    }

    /** S6: the change is in production; monitoring and evaluation follow. */
    @EventType(value = "id.go.spbe.change.implemented.v1", topic = TOPIC)
    public record ChangeImplemented(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            String affectedApplicationId, String implementedBy) implements TicketEvent {

        @Override
        public String actor() {
            return implementedBy;
        }
    }

    /** An incident or complaint was grouped under a problem ({@code linked}) or taken out of it. */
    @EventType(value = "id.go.spbe.ticket.problem-link-changed.v1", topic = TOPIC)
    public record TicketProblemLinkChanged(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            String problemId, boolean linked, String changedBy) implements TicketEvent {

        @Override
        public String actor() {
            return changedBy;
        }
    }

    /** CSAT: the requester rated the closed ticket (the comment is not published). */
    @EventType(value = "id.go.spbe.ticket.satisfaction-rated.v1", topic = TOPIC)
    public record TicketSatisfactionRated(UUID eventId, Instant occurredAt, String ticketId, String requesterOpd,
            TicketType type, Tier tier, int score, String ratedBy) implements TicketEvent {

        @Override
        public String actor() {
            return ratedBy;
        }
    }
}
