package id.go.spbe.monev.evidence.domain;

/**
 * One year of completed audits of one kind (INFRASTRUKTUR, APLIKASI, KEAMANAN) as audit-service reported them:
 * {@code planned} are those that came from the audit plan (a plan item), {@code opdsAudited} the distinct audited
 * OPDs of the directory.
 */
public record AuditFigures(String kind, int activeOpds, long completed, long planned, int opdsAudited) {
}
