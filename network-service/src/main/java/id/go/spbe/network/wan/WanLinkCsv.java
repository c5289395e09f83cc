package id.go.spbe.network.wan;

import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.network.wan.domain.Contract;
import id.go.spbe.network.wan.domain.Sla;
import id.go.spbe.network.wan.domain.Termination;
import id.go.spbe.network.wan.domain.WanLink;

import java.util.ArrayList;
import java.util.List;

import static id.go.spbe.platform.csv.CsvText.text;

/**
 * The WAN circuit list as CSV (N2): one row per circuit with provider, circuit id, medium, bandwidth, contract, SLA,
 * both ends down to the router port, and status — what Dinas hands to the provider or the finance office.
 */
public final class WanLinkCsv {

    static final List<String> HEADER = List.of("id", "provider", "circuitId", "medium", "bandwidthDownMbps",
            "bandwidthUpMbps", "contractNumber", "contractStart", "contractEnd", "slaAvailabilityPercent",
            "slaMaxRepairHours", "aOpd", "aSiteId", "aDeviceId", "aInterface", "bOpd", "bSiteId", "bDeviceId",
            "bInterface", "status", "decommissionedOn");

    private WanLinkCsv() {
    }

    public static String of(List<WanLink> links) {
        return CsvText.of(HEADER, links.stream().map(WanLinkCsv::row).toList());
    }

    private static List<String> row(WanLink l) {
        Contract c = l.contract();
        Sla sla = l.sla();
        List<String> cells = new ArrayList<>(List.of(l.id(), l.provider(), l.circuitId(), l.medium().name(),
                String.valueOf(l.bandwidthDownMbps()), text(l.bandwidthUpMbps()), c == null ? "" : text(c.number()),
                c == null ? "" : text(c.startDate()), c == null ? "" : text(c.endDate()),
                sla == null ? "" : text(sla.availabilityPercent()), sla == null ? "" : text(sla.maxRepairHours())));
        end(cells, l.aEnd());
        end(cells, l.bEnd());
        cells.add(l.status().name());
        cells.add(text(l.decommissionedOn()));
        return cells;
    }

    private static void end(List<String> cells, Termination t) {
        cells.addAll(List.of(t.opdCode(), t.siteId(), text(t.deviceId()), text(t.interfaceName())));
    }
}
