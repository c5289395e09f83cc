package id.go.spbe.datacenter.vps.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle of a VPS request (D4): SUBMITTED → APPROVED or REJECTED (Dinas) → PROVISIONED (Dinas records the machine
 * and the credential hand-over) → ACTIVE (in service, with an expiry date) → DECOMMISSIONED. An approved, provisioned
 * or active VPS holds its capacity until it is decommissioned.
 */
public enum VpsStatus {
    SUBMITTED, APPROVED, REJECTED, PROVISIONED, ACTIVE, DECOMMISSIONED;

    /** The statuses this one may move to; anything else is a 409. */
    public Set<VpsStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(PROVISIONED, DECOMMISSIONED);
            case PROVISIONED -> EnumSet.of(ACTIVE, DECOMMISSIONED);
            case ACTIVE -> EnumSet.of(DECOMMISSIONED);
            case REJECTED, DECOMMISSIONED -> EnumSet.noneOf(VpsStatus.class);
        };
    }

    /** Whether a VPS in this status holds capacity of its data center and counts against its OPD's quota. */
    public boolean holdsCapacity() {
        return this == APPROVED || this == PROVISIONED || this == ACTIVE;
    }

    public static final Set<VpsStatus> HOLDING = EnumSet.of(APPROVED, PROVISIONED, ACTIVE);
}
