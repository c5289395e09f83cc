package id.go.spbe.network.diagram.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events of the yearly LAN diagrams (N6), on {@code spbe.network.lan-diagram.v1} keyed by task id
 * ({@code <year>:<opd>}). Schemas in {@code resources/events/lan-diagram-*.v1.schema.json}.
 */
public final class LanDiagramEvents {

    public static final String TOPIC = "spbe.network.lan-diagram.v1";

    private LanDiagramEvents() {
    }

    /** The steward submitted the year's diagram: snapshot revision, uncovered changes, whether a file came with it. */
    @EventType(value = "id.go.spbe.lan-diagram.submitted.v1", topic = TOPIC)
    public record LanDiagramSubmitted(UUID eventId, Instant occurredAt, String taskId, String opdCode, int year,
            LocalDate dueDate, int submission, long revision, int uncoveredChanges, boolean attachment,
            String signatureStatus, boolean late, String submittedBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public String actor() {
            return submittedBy;
        }
    }

    /** Dinas accepted the submission: the year's diagram of this OPD is on record. */
    @EventType(value = "id.go.spbe.lan-diagram.accepted.v1", topic = TOPIC)
    public record LanDiagramAccepted(UUID eventId, Instant occurredAt, String taskId, String opdCode, int year,
            int submission, long revision, boolean late, String acceptedBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public String actor() {
            return acceptedBy;
        }
    }

    /** Dinas returned the submission with a reason; the steward submits again. */
    @EventType(value = "id.go.spbe.lan-diagram.returned.v1", topic = TOPIC)
    public record LanDiagramReturned(UUID eventId, Instant occurredAt, String taskId, String opdCode, int year,
            int submission, String reason, String returnedBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public String actor() {
            return returnedBy;
        }
    }

    /** The due date passed without an accepted or pending submission; raised once per OPD and campaign. */
    @EventType(value = "id.go.spbe.lan-diagram.overdue.v1", topic = TOPIC)
    public record LanDiagramOverdue(UUID eventId, Instant occurredAt, String taskId, String opdCode, int year,
            LocalDate dueDate, String status) implements DomainEvent {

        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public String actor() {
            return "system";
        }
    }
}
