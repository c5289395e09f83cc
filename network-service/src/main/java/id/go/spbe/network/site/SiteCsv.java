package id.go.spbe.network.site;

import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.network.site.domain.Site;
import id.go.spbe.network.site.domain.Uplink;

import java.util.List;
import java.util.stream.Collectors;

import static id.go.spbe.platform.csv.CsvText.text;

/**
 * The site list as CSV (N1): one row per site with its address, coordinates and its interconnections with the
 * provincial and central government networks, each as "NETWORK provider bandwidthMbps circuitId" joined by "; ".
 */
public final class SiteCsv {

    static final List<String> HEADER = List.of("id", "opd", "name", "address", "latitude", "longitude", "uplinks",
            "registeredAt", "updatedAt");

    private SiteCsv() {
    }

    public static String of(List<Site> sites) {
        return CsvText.of(HEADER, sites.stream().map(s -> List.of(s.id(), s.opdCode(), s.name(), text(s.address()),
                text(s.latitude()), text(s.longitude()), uplinks(s.uplinks()), text(s.registeredAt()),
                text(s.updatedAt()))).toList());
    }

    private static String uplinks(List<Uplink> uplinks) {
        return uplinks.stream().map(u -> String.join(" ", u.network().name(), text(u.provider()),
                u.bandwidthMbps() == null ? "" : u.bandwidthMbps() + "Mbps", text(u.circuitId())).strip()
                .replaceAll(" +", " ")).collect(Collectors.joining("; "));
    }
}
