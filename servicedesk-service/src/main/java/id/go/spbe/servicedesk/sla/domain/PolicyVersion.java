package id.go.spbe.servicedesk.sla.domain;

import java.time.Instant;

/**
 * One version of an SLA policy: the business-time targets in force from {@code effectiveFrom}. Versions are never
 * changed, only added, so every past computation can be explained with the rule that was used.
 */
public record PolicyVersion(int version, Instant effectiveFrom, int timeToOwnMinutes, int firstResponseMinutes,
        int resolutionMinutes, String reason, String changedBy) {
}
