package id.go.spbe.audit.finding;

import id.go.spbe.audit.finding.domain.FindingStatus;
import id.go.spbe.audit.finding.domain.Severity;

/**
 * Filters of finding lists; {@code open} = not yet VERIFIED or ACCEPTED_RISK; {@code overdue} = open and past its due
 * date.
 */
public record FindingFilter(String ownerOpd, FindingStatus status, Severity severity, Boolean open,
        Boolean overdue) {
}
