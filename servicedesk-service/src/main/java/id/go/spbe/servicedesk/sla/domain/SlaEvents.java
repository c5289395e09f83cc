package id.go.spbe.servicedesk.sla.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.TicketType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Changes to the rules the SLA clocks are measured by (S5): policies and the business calendar. Region-wide. */
public final class SlaEvents {

    public static final String POLICY_TOPIC = "spbe.servicedesk.sla-policy.v1";
    public static final String CALENDAR_TOPIC = "spbe.servicedesk.business-calendar.v1";

    private SlaEvents() {
    }

    @EventType(value = "id.go.spbe.sla-policy.revised.v1", topic = POLICY_TOPIC)
    public record SlaPolicyRevised(UUID eventId, Instant occurredAt, String policyId, TicketType type,
            Priority priority, int version, int timeToOwnMinutes, int firstResponseMinutes, int resolutionMinutes,
            String reason, String revisedBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return policyId;
        }

        @Override
        public String opdCode() {
            return null;
        }

        @Override
        public String actor() {
            return revisedBy;
        }
    }

    @EventType(value = "id.go.spbe.business-calendar.day-changed.v1", topic = CALENDAR_TOPIC)
    public record CalendarDayChanged(UUID eventId, Instant occurredAt, LocalDate date, String name, DayKind kind,
            boolean removed, String source, String changedBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return date.toString();
        }

        @Override
        public String opdCode() {
            return null;
        }

        @Override
        public String actor() {
            return changedBy;
        }
    }
}
