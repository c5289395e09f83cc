package id.go.spbe.network.topology;

import id.go.spbe.network.site.domain.Site;
import id.go.spbe.network.site.domain.SiteTerms;
import id.go.spbe.network.site.domain.SiteDetails;
import id.go.spbe.network.site.domain.Uplink;
import id.go.spbe.network.site.domain.UpstreamNetwork;
import id.go.spbe.network.topology.layout.Diagram;
import id.go.spbe.network.wan.domain.Termination;
import id.go.spbe.network.wan.domain.CircuitTerms;
import id.go.spbe.network.wan.domain.WanLink;
import id.go.spbe.network.wan.domain.WanLinkDetails;
import id.go.spbe.network.wan.domain.WanMedium;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** How sites and circuits become the WAN diagram (N1, N2): upstream networks on top, then sites by circuit hops. */
class WanDiagramsTest {

    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    static Site site(String opd, String name, List<Uplink> uplinks) {
        return Site.register(opd, new SiteDetails(name, null, null, null, uplinks), "t", NOW);
    }

    static List<SiteTerms> terms(Site... sites) {
        return java.util.Arrays.stream(sites).map(Site::terms).toList();
    }

    static CircuitTerms link(Site a, Site b, String circuit) {
        return WanLink.register(new WanLinkDetails("Telkom", circuit, WanMedium.FIBER, 100, null, null, null,
                new Termination(a.id(), a.opdCode(), null, null), new Termination(b.id(), b.opdCode(), null, null)),
                "t", NOW).terms();
    }

    static Map<String, Integer> layers(Diagram diagram) {
        return diagram.boxes().stream().collect(Collectors.toMap(Diagram.Box::label, Diagram.Box::layer));
    }

    @Test
    void upstreamNetworksAreOnTopAndSitesFollowByCircuitHops_N1() {
        Site noc = site("DISKOMINFO", "NOC", List.of(new Uplink(UpstreamNetwork.PROVINCIAL, "Telkom", 500, null,
                null)));
        Site dinkes = site("DINKES", "Dinkes", List.of());
        Site puskesmas = site("PKM", "Puskesmas", List.of());
        Site alone = site("BAPPEDA", "Bappeda", List.of());
        Diagram diagram = WanDiagrams.of("Kabupaten Uji", terms(noc, dinkes, puskesmas, alone),
                List.of(link(noc, dinkes, "C1"), link(dinkes, puskesmas, "C2")), "30 November 2026");

        Map<String, Integer> layer = layers(diagram);
        assertThat(layer.get("Jaringan Provinsi")).isZero();
        assertThat(layer.get("NOC")).isEqualTo(1);
        assertThat(layer.get("Dinkes")).isEqualTo(2);
        assertThat(layer.get("Puskesmas")).isEqualTo(3);
        assertThat(layer.get("Bappeda")).as("a site without circuits at the bottom").isGreaterThan(3);
        assertThat(diagram.links()).extracting(Diagram.Link::label).contains("Serat optik · 100 Mbps · C1",
                "Telkom · 500 Mbps");
        assertThat(diagram.legend()).extracting(Diagram.LegendEntry::label).contains("Sirkuit Serat optik",
                "Interkoneksi ke hulu");
    }

    @Test
    void withoutUplinksTheSiteWithMostCircuitsIsTheHub() {
        Site hub = site("DISKOMINFO", "Hub", List.of());
        Site a = site("A", "A", List.of());
        Site b = site("B", "B", List.of());
        Diagram diagram = WanDiagrams.of("Kabupaten Uji", terms(a, b, hub),
                List.of(link(hub, a, "C1"), link(b, hub, "C2")), "30 November 2026");
        Map<String, Integer> layer = layers(diagram);
        assertThat(layer.get("Hub")).isLessThan(layer.get("A"));
        assertThat(layer.get("A")).isEqualTo(layer.get("B"));
        assertThat(diagram.boxes()).extracting(Diagram.Box::kind).doesNotContain("UPSTREAM");
    }
}
