package id.go.spbe.network.inspection.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events of LAN inspections (N5), on {@code spbe.network.inspection.v1} keyed by inspection id. Schemas in
 * {@code resources/events/inspection-*.v1.schema.json}.
 */
public final class InspectionEvents {

    public static final String TOPIC = "spbe.network.inspection.v1";

    private InspectionEvents() {
    }

    /** Dinas recorded an inspection of an OPD's LAN. */
    @EventType(value = "id.go.spbe.inspection.recorded.v1", topic = TOPIC)
    public record InspectionRecorded(UUID eventId, Instant occurredAt, String inspectionId, String opdCode,
            LocalDate inspectedOn, long lanRevision, String inspector) implements DomainEvent {

        @Override
        public String aggregateId() {
            return inspectionId;
        }

        @Override
        public String actor() {
            return inspector;
        }
    }

    /** A finding was recorded: what, how serious, due when (a consumer such as servicedesk may open a ticket). */
    @EventType(value = "id.go.spbe.inspection.finding-opened.v1", topic = TOPIC)
    public record InspectionFindingOpened(UUID eventId, Instant occurredAt, String inspectionId, String opdCode,
            String findingId, String title, Severity severity, LocalDate dueDate, String deviceId, String openedBy)
            implements DomainEvent {

        @Override
        public String aggregateId() {
            return inspectionId;
        }

        @Override
        public String actor() {
            return openedBy;
        }
    }

    /** A finding was resolved. */
    @EventType(value = "id.go.spbe.inspection.finding-resolved.v1", topic = TOPIC)
    public record InspectionFindingResolved(UUID eventId, Instant occurredAt, String inspectionId, String opdCode,
            String findingId, Severity severity, boolean late, String resolvedBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return inspectionId;
        }

        @Override
        public String actor() {
            return resolvedBy;
        }
    }
}
