package id.go.spbe.datacenter.site.domain;

import java.util.List;

/** The form data of a data center, as Dinas maintains it. */
public record DataCenterDetails(String name, SiteRole role, String address, Capacity capacity,
        List<UpstreamLink> links, List<DrTarget> drTargets) {

    public DataCenterDetails {
        links = links == null ? List.of() : List.copyOf(links);
        drTargets = drTargets == null ? List.of() : List.copyOf(drTargets);
    }
}
