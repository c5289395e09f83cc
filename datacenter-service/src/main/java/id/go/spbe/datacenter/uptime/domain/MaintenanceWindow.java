package id.go.spbe.datacenter.uptime.domain;

import java.time.Instant;

/** Planned maintenance (D3): probes inside it count neither for nor against the SLO and open no outage. */
public record MaintenanceWindow(String id, Instant from, Instant until, String reason, String plannedBy,
        Instant plannedAt) {

    public boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
