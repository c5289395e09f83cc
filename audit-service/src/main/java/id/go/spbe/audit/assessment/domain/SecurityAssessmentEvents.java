package id.go.spbe.audit.assessment.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events of the security assessments (AU8), topic {@value #TOPIC}, key = assessment id. A finding's event carries the
 * same fields as an audit's {@code finding.opened} (findingId, title, severity, ownerOpd, dueDate, recommendation,
 * openedBy) plus {@code source: SECURITY_ASSESSMENT}, so the service desk can open a ticket from either with one record.
 */
public final class SecurityAssessmentEvents {

    public static final String TOPIC = "spbe.audit.assessment.v1";
    public static final String SOURCE = "SECURITY_ASSESSMENT";

    private SecurityAssessmentEvents() {
    }

    interface AssessmentEvent extends DomainEvent {

        String assessmentId();

        String opd();

        String by();

        @Override
        default String aggregateId() {
            return assessmentId();
        }

        @Override
        default String opdCode() {
            return opd();
        }

        @Override
        default String actor() {
            return by();
        }
    }

    @EventType(value = "id.go.spbe.security-assessment.planned.v1", topic = TOPIC)
    public record SecurityAssessmentPlanned(UUID eventId, Instant occurredAt, String assessmentId, String opd,
            AssessmentType type, String title, LocalDate plannedOn, String objectId, String by)
            implements AssessmentEvent {
    }

    @EventType(value = "id.go.spbe.security-assessment.completed.v1", topic = TOPIC)
    public record SecurityAssessmentCompleted(UUID eventId, Instant occurredAt, String assessmentId, String opd,
            AssessmentType type, LocalDate completedOn, String summary, int findings, int openFindings, String by)
            implements AssessmentEvent {
    }

    /**
     * Dinas attached report files to the assessment (AU8): how many were added and how many it holds now; never the
     * files or their names.
     */
    @EventType(value = "id.go.spbe.security-assessment.files-attached.v1", topic = TOPIC)
    public record SecurityAssessmentFilesAttached(UUID eventId, Instant occurredAt, String assessmentId, String opd,
            AssessmentStatus status, int filesAdded, int files, String by) implements AssessmentEvent {
    }

    @EventType(value = "id.go.spbe.security-assessment.cancelled.v1", topic = TOPIC)
    public record SecurityAssessmentCancelled(UUID eventId, Instant occurredAt, String assessmentId, String opd,
            String reason, String by) implements AssessmentEvent {
    }

    /** A finding for the assessed OPD to follow up: the service desk opens a ticket from it. */
    @EventType(value = "id.go.spbe.security-assessment.finding-opened.v1", topic = TOPIC)
    public record SecurityFindingOpened(UUID eventId, Instant occurredAt, String assessmentId, String opd,
            String findingId, String source, AssessmentType assessmentType, String title, Severity severity,
            String ownerOpd, LocalDate dueDate, String recommendation, String openedBy) implements AssessmentEvent {

        @Override
        public String by() {
            return openedBy;
        }
    }

    @EventType(value = "id.go.spbe.security-assessment.finding-resolved.v1", topic = TOPIC)
    public record SecurityFindingResolved(UUID eventId, Instant occurredAt, String assessmentId, String opd,
            String findingId, String source, String resolution, boolean late, String by) implements AssessmentEvent {
    }
}
