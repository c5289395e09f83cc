package id.go.spbe.datacenter.uptime.domain;

import java.time.Instant;

/** An outage of a monitored service: opened after N failed probes in a row, closed by the first good one. */
public record Outage(String id, Instant since, Instant detectedAt, String firstError, Instant endedAt) {

    Outage closed(Instant at) {
        return new Outage(id, since, detectedAt, firstError, at);
    }
}
