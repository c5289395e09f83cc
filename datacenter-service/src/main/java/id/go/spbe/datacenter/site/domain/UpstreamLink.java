package id.go.spbe.datacenter.site.domain;

import java.time.Instant;

/**
 * The connection of the regional data center to the provincial or national data center (D1; RL p19(5), BT p16(4)).
 *
 * @param checkedAt when the status was last confirmed
 */
public record UpstreamLink(Upstream upstream, String name, LinkStatus status, Integer bandwidthMbps, String note,
        Instant checkedAt) {

    public enum Upstream {
        PROVINCIAL, NATIONAL
    }

    public enum LinkStatus {
        PLANNED, CONNECTED, DEGRADED, DISCONNECTED
    }
}
