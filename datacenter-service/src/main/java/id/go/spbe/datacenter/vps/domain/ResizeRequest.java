package id.go.spbe.datacenter.vps.domain;

import java.time.Instant;

/** A pending request to change a VPS's resources; Dinas approves it (capacity re-checked, D4) or refuses it. */
public record ResizeRequest(int vcpu, int ramGib, int diskGib, String reason, String requestedBy,
        Instant requestedAt) {
}
