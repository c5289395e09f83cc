package id.go.spbe.audit.engagement;

import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.platform.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * How many of an audit's findings other OPDs own, for the audited OPD's view of the audit: an OPD reads only the
 * findings it owns, and — as in its copy of the report (AU7) — learns only the number of the others, never their
 * text, severity or owner. Implemented where the findings live (the finding package), so this package does not depend
 * on it.
 */
public interface OtherOpdFindings {

    /** Findings reported in {@code audit} (opened in it or carried over into it) that OPD {@code opd} does not own. */
    long count(Engagement audit, String opd);

    /**
     * The count for {@code caller}'s view of {@code audit}: null for whoever reads all its findings (Dinas,
     * coordinators, its auditors), the number of other OPDs' findings for the audited OPD.
     */
    default @Nullable Long forView(Caller caller, Engagement audit) {
        if (EngagementAccess.seesAll(caller) || EngagementAccess.mayAudit(caller, audit) || caller.opd() == null) {
            return null;
        }
        return count(audit, caller.opd());
    }
}
