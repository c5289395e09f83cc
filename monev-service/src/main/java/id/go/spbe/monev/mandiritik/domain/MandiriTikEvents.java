package id.go.spbe.monev.mandiritik.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events of Mandiri TIK assessments (G3), published on {@code spbe.monev.mandiri-tik.v1} keyed by the assessment id.
 * Schemas: {@code resources/events/mandiri-tik-*.v1.schema.json}.
 */
public final class MandiriTikEvents {

    public static final String TOPIC = "spbe.monev.mandiri-tik.v1";

    private MandiriTikEvents() {
    }

    public interface MandiriTikEvent extends DomainEvent {

        String assessmentId();

        String opd();

        @Override
        default String aggregateId() {
            return assessmentId();
        }

        @Override
        default String opdCode() {
            return opd();
        }
    }

    /** One criterion as the events carry it. */
    public record CriterionVerdict(String code, Verdict verdict, List<String> evidenceDocumentIds, String reason) {

        static CriterionVerdict of(CriterionAssessment c) {
            return new CriterionVerdict(c.code(), c.verdict(), c.evidenceDocumentIds(), c.reason());
        }
    }

    /** Dinas assessed an OPD against the regulation's criteria; {@code passed} when every criterion is met. */
    @EventType(value = "id.go.spbe.mandiri-tik.assessed.v1", topic = TOPIC)
    public record MandiriTikAssessed(UUID eventId, Instant occurredAt, String assessmentId, String opd,
            boolean passed, List<CriterionVerdict> criteria, List<String> reasons, String assessedBy)
            implements MandiriTikEvent {

        @Override
        public String actor() {
            return assessedBy;
        }
    }

    /** A passing assessment, proposed to the office that decides ({@code proposedTo}, from the profile). */
    @EventType(value = "id.go.spbe.mandiri-tik.proposed.v1", topic = TOPIC)
    public record MandiriTikProposed(UUID eventId, Instant occurredAt, String assessmentId, String opd,
            String proposedTo, List<String> criteriaMet, String proposedBy) implements MandiriTikEvent {

        @Override
        public String actor() {
            return proposedBy;
        }
    }

    /**
     * The proposal is closed: DESIGNATED or REFUSED by the decree app-registry recorded (decree fields set), or
     * WITHDRAWN by Dinas (decree fields null).
     */
    @EventType(value = "id.go.spbe.mandiri-tik.proposal-closed.v1", topic = TOPIC)
    public record MandiriTikProposalClosed(UUID eventId, Instant occurredAt, String assessmentId, String opd,
            AssessmentStatus outcome, String decreeNumber, LocalDate decreeDate, String decidedBy, String note,
            String closedBy) implements MandiriTikEvent {

        @Override
        public String actor() {
            return closedBy;
        }
    }
}
