package id.go.spbe.audit.engagement;

import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;

/**
 * Who sees which audit (SEC1, issue 12): Dinas and the coordination team see every audit; an auditor only those
 * whose team lists them; an OPD only the audits of its own OPD. Anything else is answered as not found.
 */
public final class EngagementAccess {

    private EngagementAccess() {
    }

    public static boolean seesAll(Caller caller) {
        return caller.hasRole(Roles.DINAS_ADMIN) || caller.hasRole(Roles.COORDINATOR);
    }

    public static boolean maySee(Caller caller, Engagement engagement) {
        if (seesAll(caller)) {
            return true;
        }
        if (caller.hasRole(Roles.AUDITOR) && engagement.onTeam(caller.username())) {
            return true;
        }
        return caller.opd() != null && caller.opd().equals(engagement.auditedOpd())
                && (caller.hasRole(Roles.OPD_OPERATOR) || caller.hasRole(Roles.INTEGRATION));
    }

    /** Dinas runs every audit; the lead auditor runs their own (start, report, complete). */
    public static boolean mayRun(Caller caller, Engagement engagement) {
        return caller.hasRole(Roles.DINAS_ADMIN)
                || (caller.hasRole(Roles.AUDITOR) && engagement.ledBy(caller.username()));
    }

    /** Dinas and the engagement's auditors record findings. */
    public static boolean mayAudit(Caller caller, Engagement engagement) {
        return caller.hasRole(Roles.DINAS_ADMIN)
                || (caller.hasRole(Roles.AUDITOR) && engagement.onTeam(caller.username()));
    }
}
