package id.go.spbe.network.change;

import id.go.spbe.network.change.domain.LanChangeReport;
import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.network.lan.domain.InventoryDiff.Kind;

import java.util.List;

import static id.go.spbe.platform.csv.CsvText.text;

/**
 * The LAN change reports as CSV (N7): one row per report with what changed and why, the approved change it cites,
 * the inventory revisions it covers with the diff's counts, and Dinas's acknowledgement.
 */
public final class LanChangeReportCsv {

    static final List<String> HEADER = List.of("id", "opd", "performedOn", "what", "why", "ticketReference",
            "changeTicketId", "fromRevision", "toRevision", "added", "removed", "changed", "steward", "status",
            "reportedBy", "reportedAt", "acknowledgedBy", "acknowledgedAt", "acknowledgementNote");

    private LanChangeReportCsv() {
    }

    public static String of(List<LanChangeReport> reports) {
        return CsvText.of(HEADER, reports.stream().map(r -> List.of(r.id(), r.opdCode(), text(r.performedOn()),
                r.what(), r.why(), text(r.ticketReference()), text(r.changeTicketId()),
                String.valueOf(r.fromRevision()), String.valueOf(r.toRevision()),
                count(r, Kind.ADDED), count(r, Kind.REMOVED), count(r, Kind.CHANGED), text(r.steward()),
                r.status().name(), text(r.reportedBy()), text(r.reportedAt()), text(r.acknowledgedBy()),
                text(r.acknowledgedAt()), text(r.acknowledgementNote()))).toList());
    }

    /** A report without a stored diff counts nothing, as its JSON answer says. */
    private static String count(LanChangeReport r, Kind kind) {
        return r.diff() == null ? "0" : String.valueOf(r.diff().count(kind));
    }
}
