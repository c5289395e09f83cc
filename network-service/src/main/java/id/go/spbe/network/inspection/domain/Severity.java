package id.go.spbe.network.inspection.domain;

/** How serious an inspection finding is (N5). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
