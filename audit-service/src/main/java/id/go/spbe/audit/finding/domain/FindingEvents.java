package id.go.spbe.audit.finding.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Events of audit findings, topic {@value #TOPIC}, key = finding id. Schemas: {@code resources/events}. */
public final class FindingEvents {

    public static final String TOPIC = "spbe.audit.finding.v1";

    private FindingEvents() {
    }

    interface Event extends DomainEvent {

        String findingId();

        String ownerOpd();

        @Override
        default String aggregateId() {
            return findingId();
        }

        @Override
        default String opdCode() {
            return ownerOpd();
        }
    }

    /** A finding was recorded in an audit; the owner OPD must follow it up by {@code dueDate}. */
    @EventType(value = "id.go.spbe.finding.opened.v1", topic = TOPIC)
    public record FindingOpened(UUID eventId, Instant occurredAt, String findingId, String auditId, String auditKind,
            String title, Severity severity, String ownerOpd, LocalDate dueDate, String recommendation,
            String openedBy) implements Event {

        @Override
        public String actor() {
            return openedBy;
        }
    }

    /** Confirmed, in remediation, resolved, or sent back to remediation (note says why). */
    @EventType(value = "id.go.spbe.finding.status-changed.v1", topic = TOPIC)
    public record FindingStatusChanged(UUID eventId, Instant occurredAt, String findingId, String auditId,
            String ownerOpd, FindingStatus from, FindingStatus to, String note, String changedBy) implements Event {

        @Override
        public String actor() {
            return changedBy;
        }
    }

    /** Verified by an auditor, or the risk accepted (who and why). */
    @EventType(value = "id.go.spbe.finding.closed.v1", topic = TOPIC)
    public record FindingClosed(UUID eventId, Instant occurredAt, String findingId, String auditId, String ownerOpd,
            FindingStatus status, String note, String closedBy) implements Event {

        @Override
        public String actor() {
            return closedBy;
        }
    }

    /**
     * An open finding is followed up in the next cycle's audit {@code toAuditId} ("start from last cycle's
     * engagement"): referenced there, not duplicated; that audit's verification closes it.
     */
    @EventType(value = "id.go.spbe.finding.carried-over.v1", topic = TOPIC)
    public record FindingCarriedOver(UUID eventId, Instant occurredAt, String findingId, String auditId,
            String fromAuditId, String toAuditId, String ownerOpd, FindingStatus status, String carriedBy)
            implements Event {

        @Override
        public String actor() {
            return carriedBy;
        }
    }
}
