package id.go.spbe.audit.engagement;

import id.go.spbe.audit.engagement.domain.EngagementStatus;
import id.go.spbe.audit.plan.domain.AuditKind;

/** Filters of the audit list; {@code year} matches the planned start. */
public record EngagementFilter(EngagementStatus status, AuditKind kind, String opd, Integer year,
        String objectId) {
}
