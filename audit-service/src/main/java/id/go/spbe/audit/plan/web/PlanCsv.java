package id.go.spbe.audit.plan.web;

import id.go.spbe.audit.plan.domain.AuditObligation;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan of a year as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read Bahasa Indonesia right). Cells a
 * spreadsheet would run as a formula ({@code = + - @}, tab, CR) start with an apostrophe.
 */
final class PlanCsv {

    static final String HEADER = "jatuh_tempo,jenis_audit,kewajiban,opd,objek_id,objek,kelas_aplikasi,"
            + "belum_pernah_diaudit,audit_terakhir,terlambat,jenis_objek,sumber";

    private PlanCsv() {
    }

    static String of(List<AuditObligation> items, LocalDate today) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (AuditObligation o : items) {
            csv.append(String.join(",", cell(o.dueDate()), cell(o.kind()), cell(o.obligation()), cell(o.opd()),
                    cell(o.applicationId()), cell(o.applicationName()), cell(o.applicationClass()),
                    o.neverAudited() ? "ya" : "tidak", cell(o.lastAuditedOn()), o.overdueOn(today) ? "ya" : "tidak",
                    cell(o.objectKind()), cell(o.source())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
