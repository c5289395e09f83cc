package id.go.spbe.audit.finding.web;

import id.go.spbe.audit.common.CsvExport;
import id.go.spbe.audit.finding.domain.Finding;
import id.go.spbe.audit.finding.domain.FindingDetails;

import java.time.LocalDate;
import java.util.List;

/** The findings list as CSV: the list's columns; the long AU7 texts except the recommendation stay in the report. */
final class FindingCsv {

    static final String HEADER = "id,audit_id,jenis_audit,judul,tingkat,opd_pemilik,batas_waktu,status,terlambat,"
            + "rekomendasi,dibuka_oleh,dibuka,diperbarui";

    private FindingCsv() {
    }

    static List<String> rows(List<Finding> findings, LocalDate today) {
        return findings.stream().map(f -> {
            FindingDetails d = f.details();
            return CsvExport.row(f.id(), f.auditId(), f.auditKind(), d.title(), d.severity(), f.ownerOpd(),
                    d.dueDate(), f.status(), f.overdueOn(today), d.recommendation(), f.openedBy(), f.openedAt(),
                    f.updatedAt());
        }).toList();
    }
}
