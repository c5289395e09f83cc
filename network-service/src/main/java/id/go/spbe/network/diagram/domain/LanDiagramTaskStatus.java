package id.go.spbe.network.diagram.domain;

/**
 * OPEN (nothing submitted) → SUBMITTED → ACCEPTED, or → RETURNED (with a reason) → SUBMITTED again.
 */
public enum LanDiagramTaskStatus {
    OPEN, SUBMITTED, RETURNED, ACCEPTED
}
