package id.go.spbe.audit.assessment.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One finding of a security assessment: what was found, how serious, what to do and by when; the assessed OPD owns
 * the follow-up (a service-desk ticket from {@code security-assessment.finding-opened}).
 */
public record AssessmentFinding(String id, String title, @Nullable String description, Severity severity,
        String recommendation, LocalDate dueDate, boolean resolved, String openedBy, Instant openedAt,
        @Nullable String resolution, @Nullable String resolvedBy, @Nullable Instant resolvedAt) {

    AssessmentFinding resolve(String how, String by, Instant now) {
        return new AssessmentFinding(id, title, description, severity, recommendation, dueDate, true, openedBy,
                openedAt, how, by, now);
    }
}
