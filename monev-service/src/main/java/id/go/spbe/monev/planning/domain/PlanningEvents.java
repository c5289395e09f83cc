package id.go.spbe.monev.planning.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events of the SPBE planning documents (G4) on {@code spbe.monev.planning.v1}, keyed by the document's id. Planning
 * documents are the region's, not an OPD's: no {@code opd} extension. Schemas: {@code resources/events/planning-*}.
 */
public final class PlanningEvents {

    public static final String TOPIC = "spbe.monev.planning.v1";

    private PlanningEvents() {
    }

    public interface PlanningEvent extends DomainEvent {

        String planningDocumentId();

        @Override
        default String aggregateId() {
            return planningDocumentId();
        }

        @Override
        default String opdCode() {
            return null;
        }
    }

    @EventType(value = "id.go.spbe.planning.document-registered.v1", topic = TOPIC)
    public record PlanningDocumentRegistered(UUID eventId, Instant occurredAt, String planningDocumentId,
            PlanningKind kind, String title, int periodStart, int periodEnd, String decreeNumber,
            LocalDate decreeDate, String documentId, int reviewMonths, LocalDate nextReviewDue, String registeredBy)
            implements PlanningEvent {

        @Override
        public String actor() {
            return registeredBy;
        }
    }

    @EventType(value = "id.go.spbe.planning.review-recorded.v1", topic = TOPIC)
    public record PlanningReviewRecorded(UUID eventId, Instant occurredAt, String planningDocumentId,
            PlanningKind kind, LocalDate reviewedOn, String summary, String decreeNumber, String documentId,
            LocalDate nextReviewDue, String recordedBy) implements PlanningEvent {

        @Override
        public String actor() {
            return recordedBy;
        }
    }

    /** A review fell due and was not recorded (G4): raised once per due date by the daily job. */
    @EventType(value = "id.go.spbe.planning.review-overdue.v1", topic = TOPIC)
    public record PlanningReviewOverdue(UUID eventId, Instant occurredAt, String planningDocumentId,
            PlanningKind kind, String title, LocalDate dueOn, long daysOverdue) implements PlanningEvent {

        @Override
        public String actor() {
            return "system";
        }
    }
}
