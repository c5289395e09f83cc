package id.go.spbe.audit.plan.web;

import id.go.spbe.audit.common.CsvExport;
import id.go.spbe.audit.plan.domain.AuditObligation;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan of a year as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read Bahasa Indonesia right). Rows go
 * through {@link CsvExport#row}, which guards formulas (a name typed by anyone).
 */
final class PlanCsv {

    static final String HEADER = "jatuh_tempo,jenis_audit,kewajiban,opd,objek_id,objek,kelas_aplikasi,"
            + "belum_pernah_diaudit,audit_terakhir,terlambat,jenis_objek,sumber";

    private PlanCsv() {
    }

    static String of(List<AuditObligation> items, LocalDate today) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (AuditObligation o : items) {
            csv.append(CsvExport.row(o.dueDate(), o.kind(), o.obligation(), o.opd(), o.applicationId(),
                    o.applicationName(), o.applicationClass(), o.neverAudited(), o.lastAuditedOn(), o.overdueOn(today),
                    o.objectKind(), o.source()));
        }
        return csv.toString();
    }
}
