package id.go.spbe.network.site.domain;

import java.util.List;

/** What Dinas records about a site; coordinates are optional (WGS 84 decimal degrees). */
public record SiteDetails(String name, String address, Double latitude, Double longitude, List<Uplink> uplinks) {

    public SiteDetails {
        uplinks = uplinks == null ? List.of() : List.copyOf(uplinks);
    }
}
