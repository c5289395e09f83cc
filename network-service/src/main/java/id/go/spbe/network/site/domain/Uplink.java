package id.go.spbe.network.site.domain;

/** An interconnection of a site with the provincial or the central government network (N1). */
public record Uplink(UpstreamNetwork network, String provider, Integer bandwidthMbps, String circuitId,
        String description) {
}
