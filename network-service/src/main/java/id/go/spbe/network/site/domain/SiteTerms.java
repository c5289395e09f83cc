package id.go.spbe.network.site.domain;

import id.go.spbe.network.site.domain.SiteEvents.SiteEvent;

import java.util.List;

/**
 * What a site was between two of its changes (N1): its OPD, name and upstream interconnections — the site as it is now,
 * or as it stood on a past date (the yearly review's WAN drawing, N8), read back from its change history.
 */
public record SiteTerms(String siteId, String opdCode, String name, List<Uplink> uplinks) {

    public SiteTerms {
        uplinks = uplinks == null ? List.of() : List.copyOf(uplinks);
    }

    /** The state a site event carries: the site from that change on. */
    public static SiteTerms of(SiteEvent event) {
        return new SiteTerms(event.siteId(), event.opdCode(), event.name(), event.uplinks());
    }
}
