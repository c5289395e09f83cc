package id.go.spbe.audit.engagement.domain;

import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events of audit engagements, topic {@value #TOPIC}, key = audit id. Schemas: {@code resources/events}. */
public final class AuditEvents {

    public static final String TOPIC = "spbe.audit.audit.v1";

    private AuditEvents() {
    }

    interface EngagementEvent extends DomainEvent {

        String auditId();

        String auditedOpd();

        @Override
        default String aggregateId() {
            return auditId();
        }

        @Override
        default String opdCode() {
            return auditedOpd();
        }
    }

    /**
     * An audit was planned: kind, object, audited OPD, dates and scope (AU1, AU2); {@code previousAuditId} when it
     * continues the last cycle's engagement (its open findings are carried over).
     */
    @EventType(value = "id.go.spbe.audit.scheduled.v1", topic = TOPIC)
    public record AuditScheduled(UUID eventId, Instant occurredAt, String auditId, AuditKind kind, String objectId,
            String objectName, String auditedOpd, String planItemId, LocalDate plannedStart, LocalDate plannedEnd,
            List<ScopeArea> scope, String previousAuditId, String scheduledBy) implements EngagementEvent {

        @Override
        public String actor() {
            return scheduledBy;
        }
    }

    /** The team was (re)assigned; every member passed the AU3 checks for this audit's dates and OPD. */
    @EventType(value = "id.go.spbe.audit.team-assigned.v1", topic = TOPIC)
    public record AuditTeamAssigned(UUID eventId, Instant occurredAt, String auditId, String auditedOpd,
            List<String> auditorIds, String leadAuditorId, String assignedBy) implements EngagementEvent {

        @Override
        public String actor() {
            return assignedBy;
        }
    }

    @EventType(value = "id.go.spbe.audit.started.v1", topic = TOPIC)
    public record AuditStarted(UUID eventId, Instant occurredAt, String auditId, AuditKind kind, String objectId,
            String auditedOpd, LocalDate startedOn, String startedBy) implements EngagementEvent {

        @Override
        public String actor() {
            return startedBy;
        }
    }

    @EventType(value = "id.go.spbe.audit.reporting-started.v1", topic = TOPIC)
    public record AuditReportingStarted(UUID eventId, Instant occurredAt, String auditId, String auditedOpd,
            String by) implements EngagementEvent {

        @Override
        public String actor() {
            return by;
        }
    }

    /** The audit is done: the plan moves the object's next due date of this kind a cycle on (AU4–AU6). */
    @EventType(value = "id.go.spbe.audit.completed.v1", topic = TOPIC)
    public record AuditCompleted(UUID eventId, Instant occurredAt, String auditId, AuditKind kind, String objectId,
            String objectName, String auditedOpd, String planItemId, LocalDate completedOn, String completedBy)
            implements EngagementEvent {

        @Override
        public String actor() {
            return completedBy;
        }
    }

    @EventType(value = "id.go.spbe.audit.cancelled.v1", topic = TOPIC)
    public record AuditCancelled(UUID eventId, Instant occurredAt, String auditId, String auditedOpd,
            EngagementStatus from, String reason, String cancelledBy) implements EngagementEvent {

        @Override
        public String actor() {
            return cancelledBy;
        }
    }
}
