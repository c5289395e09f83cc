package id.go.spbe.audit.plan.domain;

/**
 * Where an obligation stands. Only {@code ACTIVE} obligations are in the plan; the others are kept as history: an
 * object whose class left the audit scope ({@code OUT_OF_SCOPE}) or that was decommissioned ({@code RETIRED}).
 */
public enum ObligationStatus {
    ACTIVE, OUT_OF_SCOPE, RETIRED
}
