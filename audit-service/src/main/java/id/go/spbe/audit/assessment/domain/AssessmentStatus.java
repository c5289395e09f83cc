package id.go.spbe.audit.assessment.domain;

/** PLANNED → COMPLETED, or PLANNED → CANCELLED with a reason. */
public enum AssessmentStatus {
    PLANNED, COMPLETED, CANCELLED
}
