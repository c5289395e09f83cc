package id.go.spbe.datacenter.colocation.domain;

import java.time.Instant;

/**
 * Rack units {@code startU} … {@code startU + heightU - 1} of one rack, with the power they may draw, held by a
 * Mandiri TIK OPD for servers of its own (D4, colocation D3). Released reservations stay, for the record.
 */
public record RackReservation(String id, String opd, int startU, int heightU, double powerKw, String purpose,
        Status status, String reservedBy, Instant reservedAt, String releasedBy, Instant releasedAt,
        String releaseReason) {

    public enum Status {
        ACTIVE, RELEASED
    }

    public int endU() {
        return startU + heightU - 1;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    boolean overlaps(int otherStart, int otherHeight) {
        return startU <= otherStart + otherHeight - 1 && otherStart <= endU();
    }

    RackReservation released(String by, Instant at, String reason) {
        return new RackReservation(id, opd, startU, heightU, powerKw, purpose, Status.RELEASED, reservedBy,
                reservedAt, by, at, reason);
    }
}
