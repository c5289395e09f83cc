package id.go.spbe.monev.evaluation.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events of the yearly evaluation (M1, M3), published on {@code spbe.monev.evaluation.v1} keyed by the evaluation id
 * ({@code <year>-<frameworkId>}). Schemas: {@code resources/events/evaluation-*.v1.schema.json}.
 */
public final class EvaluationEvents {

    public static final String TOPIC = "spbe.monev.evaluation.v1";

    private EvaluationEvents() {
    }

    public interface EvaluationEvent extends DomainEvent {

        String evaluationId();

        @Override
        default String aggregateId() {
            return evaluationId();
        }
    }

    /** Dinas opened the year's evaluation; {@code units} maps each responsible unit to its OPD code (M3). */
    @EventType(value = "id.go.spbe.evaluation.opened.v1", topic = TOPIC)
    public record EvaluationOpened(UUID eventId, Instant occurredAt, String evaluationId, int year,
            String frameworkId, String frameworkStatus, Map<String, String> units, int indicators, String openedBy)
            implements EvaluationEvent {

        @Override
        public String opdCode() {
            return null;
        }

        @Override
        public String actor() {
            return openedBy;
        }
    }

    /**
     * A unit proposed a level (SELF_ASSESSMENT, with explanation and evidence) or an evaluator adjusted it
     * (ADJUSTMENT, with the mandatory comment in {@code note}). {@code previousLevel} is the level before.
     */
    @EventType(value = "id.go.spbe.evaluation.indicator-assessed.v1", topic = TOPIC)
    public record IndicatorAssessed(UUID eventId, Instant occurredAt, String evaluationId, int year,
            String indicator, String unit, String opd, AssessmentKind kind, int level, Integer previousLevel,
            String note, List<String> evidenceDocumentIds, String stage, String assessedBy)
            implements EvaluationEvent {

        @Override
        public String opdCode() {
            return opd;
        }

        @Override
        public String actor() {
            return assessedBy;
        }
    }

    /** One document uploaded as evidence of an indicator, as the event carries it (no content, no storage details). */
    public record EvidenceFile(String documentId, String title, String filename, String mediaType, long sizeBytes,
            String sha256, LocalDate validUntil) {
    }

    /** The indicator's unit uploaded evidence documents during self-assessment (M1, M3). */
    @EventType(value = "id.go.spbe.evaluation.evidence-uploaded.v1", topic = TOPIC)
    public record EvidenceUploaded(UUID eventId, Instant occurredAt, String evaluationId, int year, String indicator,
            String unit, String opd, List<EvidenceFile> documents, String uploadedBy) implements EvaluationEvent {

        @Override
        public String opdCode() {
            return opd;
        }

        @Override
        public String actor() {
            return uploadedBy;
        }
    }

    @EventType(value = "id.go.spbe.evaluation.stage-changed.v1", topic = TOPIC)
    public record EvaluationStageChanged(UUID eventId, Instant occurredAt, String evaluationId, int year,
            String from, String to, String note, String changedBy) implements EvaluationEvent {

        @Override
        public String opdCode() {
            return null;
        }

        @Override
        public String actor() {
            return changedBy;
        }
    }

    /** The evaluation is final and locked; {@code index} is the published figure with its predicate. */
    @EventType(value = "id.go.spbe.evaluation.finalised.v1", topic = TOPIC)
    public record EvaluationFinalised(UUID eventId, Instant occurredAt, String evaluationId, int year,
            String frameworkId, BigDecimal index, String predicate, String finalisedBy) implements EvaluationEvent {

        @Override
        public String opdCode() {
            return null;
        }

        @Override
        public String actor() {
            return finalisedBy;
        }
    }

    /**
     * G2/M2: the governance body's coordinator approved the final result; {@code index} and {@code predicate} are the
     * figures finalised, {@code body} the governance body (profile), {@code reportTo} the addressee of the report.
     */
    @EventType(value = "id.go.spbe.evaluation.published.v1", topic = TOPIC)
    public record EvaluationPublished(UUID eventId, Instant occurredAt, String evaluationId, int year,
            String frameworkId, BigDecimal index, String predicate, String finalisedBy, Instant finalisedAt,
            String body, String reportTo, String approvedBy) implements EvaluationEvent {

        @Override
        public String opdCode() {
            return null;
        }

        @Override
        public String actor() {
            return approvedBy;
        }
    }

    /** G2: the coordinator returned the final result with a reason; {@code to} is the stage open again. */
    @EventType(value = "id.go.spbe.evaluation.returned.v1", topic = TOPIC)
    public record EvaluationReturned(UUID eventId, Instant occurredAt, String evaluationId, int year, String from,
            String to, String reason, String returnedBy) implements EvaluationEvent {

        @Override
        public String opdCode() {
            return null;
        }

        @Override
        public String actor() {
            return returnedBy;
        }
    }
}
