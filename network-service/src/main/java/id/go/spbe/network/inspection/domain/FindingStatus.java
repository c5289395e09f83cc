package id.go.spbe.network.inspection.domain;

/** A finding is OPEN until Dinas records how it was resolved. */
public enum FindingStatus {
    OPEN, RESOLVED
}
