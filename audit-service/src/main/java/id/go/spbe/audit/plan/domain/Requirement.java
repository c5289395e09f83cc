package id.go.spbe.audit.plan.domain;

/** One audit kind an object owes and the obligation that requires it (AU4, AU5 or AU6). */
public record Requirement(AuditKind kind, String obligation) {
}
