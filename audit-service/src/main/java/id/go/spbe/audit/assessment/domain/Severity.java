package id.go.spbe.audit.assessment.domain;

/** How serious a finding of an assessment is (the same scale as audit findings). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
