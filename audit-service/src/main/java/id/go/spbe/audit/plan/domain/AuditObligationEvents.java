package id.go.spbe.audit.plan.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events of the audit plan (AU4–AU6), topic {@value #TOPIC}, key = obligation id. Every change of an obligation is
 * one of these, so each writes its hash-chained history entry (SEC1). Schemas: {@code resources/events}.
 */
public final class AuditObligationEvents {

    public static final String TOPIC = "spbe.audit.obligation.v1";

    private AuditObligationEvents() {
    }

    /** Why a due date moved. */
    public enum RescheduleReason {
        /** An audit of this kind was completed: the next one is due a cycle later. */
        AUDIT_COMPLETED,
        /** The object's class changed and it stays in scope: the due date holds, the class is recorded. */
        RECLASSIFIED,
        /** The object came back into scope (its class changed back): due a cycle from then, or earlier. */
        BACK_IN_SCOPE,
        /** The profile's cycle changed (an amended regulation): due a new cycle from the same basis. */
        CYCLE_CHANGED
    }

    interface ObligationEvent extends DomainEvent {

        String obligationId();

        String opd();

        @Override
        default String aggregateId() {
            return obligationId();
        }

        @Override
        default String opdCode() {
            return opd();
        }

        @Override
        default String actor() {
            return "system";
        }
    }

    /** An object owes an audit of this kind by {@code dueDate} (it entered the universe or the scope). */
    @EventType(value = "id.go.spbe.audit-obligation.planned.v1", topic = TOPIC)
    public record AuditObligationPlanned(UUID eventId, Instant occurredAt, String obligationId, String objectId,
            ObjectType objectType, ObjectKind objectKind, String objectName, String opd, String applicationClass, AuditKind kind,
            String obligation, LocalDate basisDate, LocalDate dueDate) implements ObligationEvent {
    }

    @EventType(value = "id.go.spbe.audit-obligation.rescheduled.v1", topic = TOPIC)
    public record AuditObligationRescheduled(UUID eventId, Instant occurredAt, String obligationId, String objectId,
            String opd, AuditKind kind, RescheduleReason reason, String applicationClass, LocalDate previousDueDate,
            LocalDate dueDate, LocalDate lastAuditedOn, String auditId) implements ObligationEvent {
    }

    /**
     * The obligation left the plan: the object was decommissioned or its class left the scope; history stays.
     * {@code reason} says why in Bahasa Indonesia (e.g. the source's decommissioning reason).
     */
    @EventType(value = "id.go.spbe.audit-obligation.closed.v1", topic = TOPIC)
    public record AuditObligationClosed(UUID eventId, Instant occurredAt, String obligationId, String objectId,
            String opd, AuditKind kind, ObligationStatus status, LocalDate closedOn, String reason)
            implements ObligationEvent {
    }

    /** An audit was scheduled for this obligation ({@code linked}), or that audit was cancelled (not linked). */
    @EventType(value = "id.go.spbe.audit-obligation.audit-linked.v1", topic = TOPIC)
    public record AuditObligationAuditLinked(UUID eventId, Instant occurredAt, String obligationId, String objectId,
            String opd, AuditKind kind, String auditId, boolean linked, LocalDate plannedStart)
            implements ObligationEvent {
    }

    /**
     * Time to START the audit (eramba's lesson: remind when there is time to plan, not days before it is due). Sent
     * once per obligation and due date.
     */
    @EventType(value = "id.go.spbe.audit-obligation.start-reminder.v1", topic = TOPIC)
    public record AuditStartReminder(UUID eventId, Instant occurredAt, String obligationId, String objectId,
            String objectName, String opd, AuditKind kind, String obligation, LocalDate dueDate,
            LocalDate lastAuditedOn, boolean neverAudited) implements ObligationEvent {
    }
}
