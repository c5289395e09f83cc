package id.go.spbe.network.topology;

import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.network.lan.LanInventory;
import id.go.spbe.network.lan.LanInventory.LanView;
import id.go.spbe.network.lan.domain.Lan;
import id.go.spbe.network.site.SiteRegister;
import id.go.spbe.network.site.SiteTimeline;
import id.go.spbe.network.site.domain.Site;
import id.go.spbe.network.site.domain.SiteTerms;
import id.go.spbe.network.topology.layout.SvgRenderer;
import id.go.spbe.network.wan.WanLinkRegister;
import id.go.spbe.network.wan.WanLinkTimeline;
import id.go.spbe.network.wan.domain.CircuitTerms;
import id.go.spbe.network.wan.domain.WanLink;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Topology diagrams drawn from the inventory, never uploaded (the feature NetBox users have asked for): the LAN of
 * one OPD and the WAN, as SVG. Scoped like the inventory: an OPD's LAN for its own people and region-wide roles
 * (404 otherwise); the WAN whole for region-wide roles, and for an OPD's people the circuits ending at their OPD
 * with the sites at both ends plus their own sites.
 */
@Service
public class TopologyDrawings {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));

    private final LanInventory lans;
    private final SiteRegister sites;
    private final WanLinkRegister wan;
    private final WanLinkTimeline timeline;
    private final SiteTimeline siteTimeline;
    private final RegionProfile region;
    private final OpdReferences opds;
    private final Clock clock;

    TopologyDrawings(LanInventory lans, SiteRegister sites, WanLinkRegister wan, WanLinkTimeline timeline,
            SiteTimeline siteTimeline, RegionProfile region, OpdReferences opds, Clock clock) {
        this.timeline = timeline;
        this.siteTimeline = siteTimeline;
        this.opds = opds;
        this.lans = lans;
        this.sites = sites;
        this.wan = wan;
        this.region = region;
        this.clock = clock;
    }

    public String lanSvg(Caller caller, String opdCode) {
        return lanDrawing(caller, opdCode).svg();
    }

    /** The LAN's inventory and its diagram drawn from that very revision (a yearly snapshot, N6). */
    public record LanDrawing(Lan lan, String svg) {
    }

    public LanDrawing lanDrawing(Caller caller, String opdCode) {
        LanView view = lans.view(caller, opdCode);
        List<WanLink> upstream = wan.active(opdCode);
        return new LanDrawing(view.lan(), SvgRenderer.render(LanDiagrams.of(view.lan(), view.opd().name(),
                view.steward(), upstream, today())));
    }

    public String wanSvg(Caller caller, String opd) {
        String scope = caller.listScope(opd);
        if (opd != null) {
            opds.requireKnown(scope);
        }
        List<CircuitTerms> links = wan.active(scope).stream().map(WanLink::terms).toList();
        List<SiteTerms> shown = (scope == null ? sites.ofOpd(null) : sites.all(siteIds(sites.ofOpd(scope), links)))
                .stream().map(Site::terms).toList();
        return drawWan(scope, shown, links, today());
    }

    /**
     * The WAN as it stood at the end of {@code asOf} (the yearly review's date, N8): the sites registered by then and
     * the circuits registered by then and not yet out of service (by their decommissioning date), for the scope the
     * caller may list — each site and circuit as it stood then (name, upstream interconnections; provider, circuit
     * id, medium, bandwidth, ends), from its change history when it was updated since.
     */
    public String wanSvgAsOf(Caller caller, String opd, LocalDate asOf) {
        String scope = caller.listScope(opd);
        if (opd != null) {
            opds.requireKnown(scope);
        }
        ZoneId zone = region.region().timeZone();
        Instant end = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        List<Site> standing = sites.ofOpd(scope).stream().filter(s -> s.registeredAt().isBefore(end)).toList();
        List<CircuitTerms> then = timeline.inForceBefore(wan.activeAt(scope, end, zone), end).stream()
                .filter(t -> scope == null || scope.equals(t.aEnd().opdCode()) || scope.equals(t.bEnd().opdCode()))
                .toList();
        List<Site> shown = scope == null ? standing : sites.all(siteIds(standing, then));
        return drawWan(scope, siteTimeline.asBefore(shown, end), then, asOf.format(DATE));
    }

    /** An OPD's view: its own sites and the sites at both ends of its circuits. */
    private static Set<String> siteIds(List<Site> ownSites, List<CircuitTerms> links) {
        Set<String> siteIds = new LinkedHashSet<>();
        ownSites.forEach(s -> siteIds.add(s.id()));
        links.forEach(l -> {
            siteIds.add(l.aEnd().siteId());
            siteIds.add(l.bEnd().siteId());
        });
        return siteIds;
    }

    private String drawWan(String scope, List<SiteTerms> shown, List<CircuitTerms> links, String date) {
        String name = region.region() == null ? "" : region.region().name();
        return SvgRenderer.render(WanDiagrams.of(scope == null ? name : name + " — OPD " + scope, shown, links,
                date));
    }

    private String today() {
        return LocalDate.now(clock.withZone(region.region().timeZone())).format(DATE);
    }
}
