package id.go.spbe.audit.finding.domain;

import java.util.Set;

/**
 * A finding's follow-up (AU7): IDENTIFIED → CONFIRMED → IN_REMEDIATION → RESOLVED → VERIFIED (by an auditor, at the
 * re-audit), or ACCEPTED_RISK with who and why. A resolution the auditor does not accept goes back to remediation.
 */
public enum FindingStatus {
    IDENTIFIED, CONFIRMED, IN_REMEDIATION, RESOLVED, VERIFIED, ACCEPTED_RISK;

    public Set<FindingStatus> next() {
        return switch (this) {
            case IDENTIFIED -> Set.of(CONFIRMED);
            case CONFIRMED -> Set.of(IN_REMEDIATION, ACCEPTED_RISK);
            case IN_REMEDIATION -> Set.of(RESOLVED, ACCEPTED_RISK);
            case RESOLVED -> Set.of(VERIFIED, IN_REMEDIATION);
            case VERIFIED, ACCEPTED_RISK -> Set.of();
        };
    }

    public boolean closed() {
        return this == VERIFIED || this == ACCEPTED_RISK;
    }
}
