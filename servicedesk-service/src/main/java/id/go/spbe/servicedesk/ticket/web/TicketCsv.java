package id.go.spbe.servicedesk.ticket.web;

import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.servicedesk.ticket.TicketRow;
import id.go.spbe.servicedesk.ticket.domain.SlaSummary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The ticket list as CSV (RFC 4180, comma, UTF-8, CRLF): the list's columns, instants in ISO-8601 UTC. Text cells
 * go through the platform's {@link CsvText#cell}, which neutralises a formula (a title typed by anyone).
 */
final class TicketCsv {

    static final String HEADER = "nomor,id,jenis,kategori,judul,prioritas,opd,antrean,status,petugas,dibuka,"
            + "diperbarui,status_sla,batas_berikutnya,sumber\r\n";

    private TicketCsv() {
    }

    static String of(List<TicketRow> rows, Map<String, SlaSummary> sla) {
        StringBuilder out = new StringBuilder(HEADER);
        for (TicketRow t : rows) {
            SlaSummary s = sla.getOrDefault(t.id(), SlaSummary.NONE);
            out.append(String.join(",", t.id().substring(0, Math.min(8, t.id().length())).toUpperCase(), t.id(),
                    t.type().name(), t.category().name(), cell(t.title()), t.priority().name(),
                    cell(t.requesterOpd()), t.tier().name(), t.status().name(), cell(t.assignee()),
                    instant(t.openedAt()), instant(t.updatedAt()), s.state().name(), instant(s.nextDueAt()),
                    cell(t.sourceService()))).append("\r\n");
        }
        return out.toString();
    }

    private static String instant(Instant at) {
        return at == null ? "" : at.toString();
    }

    static String cell(String value) {
        return CsvText.cell(value);
    }
}
