package id.go.spbe.audit.plan.domain;

/** The three audit kinds (AU1, RL p47(1), BT p42(1)). */
public enum AuditKind {
    INFRASTRUKTUR, APLIKASI, KEAMANAN
}
