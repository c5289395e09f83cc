package id.go.spbe.audit.plan.domain;

import java.time.LocalDate;

/**
 * What the cadence rule reads of the stored universe, and nothing else: a recomputation reads these few fields of
 * every object and obligation to find the objects whose plan is out of line, and loads whole aggregates (outbox,
 * history head, version) only for those (BENCHMARKS.md, run 5).
 */
public final class PlanState {

    private PlanState() {
    }

    /** An object of the universe as the rule sees it. */
    public record ObjectState(String id, ObjectType type, boolean active, String name, String opd,
            String applicationClass) {

        public static ObjectState of(AuditObject object) {
            return new ObjectState(object.id(), object.type(), object.active(), object.name(), object.opd(),
                    object.applicationClass());
        }
    }

    /** An obligation as the rule sees it; a {@code null} status (documents before statuses existed) is active. */
    public record ObligationState(AuditKind kind, ObligationStatus status, String name, String opd,
            String applicationClass, LocalDate basisDate, LocalDate dueDate) {

        public ObligationState {
            status = status == null ? ObligationStatus.ACTIVE : status;
        }

        public static ObligationState of(AuditObligation o) {
            return new ObligationState(o.kind(), o.status(), o.applicationName(), o.opd(), o.applicationClass(),
                    o.basisDate(), o.dueDate());
        }
    }
}
