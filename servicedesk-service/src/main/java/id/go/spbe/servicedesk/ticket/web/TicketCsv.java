package id.go.spbe.servicedesk.ticket.web;

import id.go.spbe.servicedesk.ticket.TicketRow;
import id.go.spbe.servicedesk.ticket.domain.SlaSummary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The ticket list as CSV (RFC 4180, comma, UTF-8, CRLF): the list's columns, instants in ISO-8601 UTC. A cell
 * starting with =, +, - or @ (a title typed by anyone) is neutralised so a spreadsheet does not run it as a formula.
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
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches("(?s).*[\",\r\n].*") || v.startsWith("'") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
