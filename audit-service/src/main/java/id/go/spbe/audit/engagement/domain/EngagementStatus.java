package id.go.spbe.audit.engagement.domain;

import java.util.Set;

/** The life of an audit engagement: PLANNED → IN_PROGRESS → REPORTING → COMPLETED, or CANCELLED with a reason. */
public enum EngagementStatus {
    PLANNED, IN_PROGRESS, REPORTING, COMPLETED, CANCELLED;

    public Set<EngagementStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> Set.of(REPORTING, CANCELLED);
            case REPORTING -> Set.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> Set.of();
        };
    }

    /** Findings are recorded while the audit is being done or reported. */
    public boolean takesFindings() {
        return this == IN_PROGRESS || this == REPORTING;
    }
}
