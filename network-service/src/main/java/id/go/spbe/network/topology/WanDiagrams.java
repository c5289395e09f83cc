package id.go.spbe.network.topology;

import id.go.spbe.network.site.domain.SiteTerms;
import id.go.spbe.network.site.domain.Uplink;
import id.go.spbe.network.site.domain.UpstreamNetwork;
import id.go.spbe.network.topology.layout.Diagram;
import id.go.spbe.network.topology.layout.Diagram.Box;
import id.go.spbe.network.topology.layout.Diagram.LegendEntry;
import id.go.spbe.network.topology.layout.Diagram.Link;
import id.go.spbe.network.wan.domain.CircuitTerms;
import id.go.spbe.network.wan.domain.WanMedium;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns sites and WAN circuits into the diagram of the intra-government WAN (N1, N2): the provincial and central
 * government networks on top, the sites interconnecting with them below, and every other site one layer further
 * down per circuit hop from those (without upstream interconnections, from the site with the most circuits, usually
 * Dinas). Circuits are coloured by medium and labelled with medium, bandwidth and circuit id, and with the router
 * ports at their ends — sites and circuits as given (today's, or as they stood on a past date).
 */
final class WanDiagrams {

    private WanDiagrams() {
    }

    static Diagram of(String region, List<SiteTerms> sites, List<CircuitTerms> links, String date) {
        Map<String, SiteTerms> byId = new LinkedHashMap<>();
        sites.stream().sorted(Comparator.comparing(SiteTerms::opdCode).thenComparing(SiteTerms::name))
                .forEach(s -> byId.put(s.siteId(), s));
        Map<String, List<String>> adjacent = new HashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        for (CircuitTerms link : links) {
            String a = link.aEnd().siteId();
            String b = link.bEnd().siteId();
            adjacent.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
            adjacent.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
            degree.merge(a, 1, Integer::sum);
            degree.merge(b, 1, Integer::sum);
        }
        List<String> roots = byId.values().stream().filter(s -> !s.uplinks().isEmpty()).map(SiteTerms::siteId).toList();
        if (roots.isEmpty()) {
            roots = byId.keySet().stream().filter(degree::containsKey)
                    .max(Comparator.comparing((String id) -> degree.get(id)).thenComparing(id -> id))
                    .map(List::of).orElse(List.of());
        }
        Map<String, Integer> hops = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String root : roots) {
            hops.put(root, 0);
            queue.add(root);
        }
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (String next : adjacent.getOrDefault(id, List.of())) {
                if (byId.containsKey(next) && !hops.containsKey(next)) {
                    hops.put(next, hops.get(id) + 1);
                    queue.add(next);
                }
            }
        }
        int bottom = hops.values().stream().max(Integer::compare).orElse(0) + 2;

        List<Box> boxes = new ArrayList<>();
        List<Link> drawn = new ArrayList<>();
        Set<UpstreamNetwork> upstream = EnumSet.noneOf(UpstreamNetwork.class);
        for (SiteTerms site : byId.values()) {
            for (Uplink uplink : site.uplinks()) {
                upstream.add(uplink.network());
            }
        }
        for (UpstreamNetwork network : upstream) {
            boxes.add(new Box("upstream-" + network.name(), 0, network == UpstreamNetwork.PROVINCIAL
                    ? "Jaringan Provinsi" : "Jaringan Pusat", "Jaringan intra pemerintah", "UPSTREAM", "#EDE7F6",
                    Palette.UPSTREAM));
        }
        for (SiteTerms site : byId.values()) {
            Integer hop = hops.get(site.siteId());
            boxes.add(new Box(site.siteId(), hop == null ? bottom : hop + 1, site.name(), "OPD " + site.opdCode(),
                    "SITE", "#E3F2FD", "#555555"));
            int i = 0;
            for (Uplink uplink : site.uplinks()) {
                String label = (uplink.provider() == null ? "" : uplink.provider())
                        + (uplink.bandwidthMbps() == null ? "" : " · " + uplink.bandwidthMbps() + " Mbps");
                drawn.add(new Link("uplink-" + site.siteId() + "-" + i++, "upstream-" + uplink.network().name(),
                        site.siteId(), null, null, label.isBlank() ? null : label.strip().replaceFirst("^· ", ""),
                        Palette.UPSTREAM, true, 2));
            }
        }
        Set<WanMedium> media = EnumSet.noneOf(WanMedium.class);
        for (CircuitTerms link : links) {
            if (!byId.containsKey(link.aEnd().siteId()) || !byId.containsKey(link.bEnd().siteId())) {
                continue;
            }
            media.add(link.medium());
            drawn.add(new Link(link.wanLinkId(), link.aEnd().siteId(), link.bEnd().siteId(), link.aEnd().interfaceName(),
                    link.bEnd().interfaceName(), Palette.MEDIUM_NAME.get(link.medium()) + " · "
                            + link.bandwidthDownMbps() + " Mbps · " + link.circuitId(),
                    Palette.MEDIUM_COLOUR.get(link.medium()), false, 2.5));
        }
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry("Lokasi OPD", "#E3F2FD", false, false));
        for (WanMedium medium : media) {
            legend.add(new LegendEntry("Sirkuit " + Palette.MEDIUM_NAME.get(medium),
                    Palette.MEDIUM_COLOUR.get(medium), true, false));
        }
        if (!upstream.isEmpty()) {
            legend.add(new LegendEntry("Jaringan intra pemerintah provinsi/pusat", "#EDE7F6", false, false));
            legend.add(new LegendEntry("Interkoneksi ke hulu", Palette.UPSTREAM, true, true));
        }
        String subtitle = "Digambar otomatis dari inventaris · " + date + " · " + byId.size() + " lokasi, "
                + links.size() + " sirkuit";
        return new Diagram("Topologi WAN " + region, subtitle, boxes, drawn, legend);
    }
}
