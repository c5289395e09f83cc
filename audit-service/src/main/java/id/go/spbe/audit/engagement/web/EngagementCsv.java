package id.go.spbe.audit.engagement.web;

import id.go.spbe.audit.common.CsvExport;
import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.audit.engagement.domain.TeamMember;

import java.util.List;
import java.util.stream.Collectors;

/** The audit list as CSV: kind, object, audited OPD, dates, scope (AU2), the lead and the team (AU3), status. */
final class EngagementCsv {

    static final String HEADER = "id,jenis_audit,judul,opd_diaudit,objek_id,objek,mulai_rencana,selesai_rencana,"
            + "ruang_lingkup,ketua_tim,anggota_tim,status,dimulai,selesai,dibuat";

    private EngagementCsv() {
    }

    static List<String> rows(List<Engagement> audits) {
        return audits.stream().map(e -> CsvExport.row(e.id(), e.kind(), e.title(), e.auditedOpd(), e.objectId(),
                e.objectName(), e.plannedStart(), e.plannedEnd(),
                e.scope().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")),
                e.team().stream().filter(TeamMember::lead).map(TeamMember::name).findFirst().orElse(null),
                e.team().stream().filter(m -> !m.lead()).map(TeamMember::name).collect(Collectors.joining("; ")),
                e.status(), e.startedOn(), e.completedOn(), e.createdAt())).toList();
    }
}
