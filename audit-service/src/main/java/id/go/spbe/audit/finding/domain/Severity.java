package id.go.spbe.audit.finding.domain;

/** How serious a finding is (AU7: findings with severity). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
