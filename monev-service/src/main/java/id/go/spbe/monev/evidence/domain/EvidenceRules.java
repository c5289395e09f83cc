package id.go.spbe.monev.evidence.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules "operations data → supported level" for the PermenPANRB 59/2020 indicators the platform can see.
 *
 * <p>All of them read the annex's generic process-capability levels (Tabel 1, indicators 1–31; our copy in
 * {@code frameworks/permenpanrb-59-2020-levels.csv}): 1 Rintisan — done without planning, ad hoc; 2 Terkelola —
 * planned and managed, but only in some units; 3 Terdefinisi — standardised and applied in all units; 4 Terpadu dan
 * Terukur — integrated and measured through periodic review; 5 Optimum — continuously improved after review. The
 * data can show use, spread over the OPDs and measurement; it can never show the review-driven improvement of level
 * 5 (nor a written standard), so each rule has a ceiling: a supported level at the ceiling reads "at least".
 * The thresholds (half of the OPDs, 80 % SLA) are <b>our reading</b>, not the regulation's; the 2021 guide's
 * per-indicator criteria were not read. A claim above the supported level is flagged for the evaluator, never
 * refused: the unit's documents may show what the platform cannot.
 */
public final class EvidenceRules {

    public static final String FRAMEWORK = "permenpanrb-59-2020";
    public static final String CHANGE_MANAGEMENT = "27";
    public static final String SERVICE_MANAGEMENT = "28";
    public static final String INFRASTRUCTURE_AUDIT = "29";
    public static final String APPLICATION_AUDIT = "30";
    public static final String SECURITY_AUDIT = "31";
    /** Indicator → audit kind as audit-service names it. */
    public static final Map<String, String> AUDIT_KINDS = Map.of(INFRASTRUCTURE_AUDIT, "INFRASTRUKTUR",
            APPLICATION_AUDIT, "APLIKASI", SECURITY_AUDIT, "KEAMANAN");
    public static final List<String> COVERED = List.of(CHANGE_MANAGEMENT, SERVICE_MANAGEMENT, INFRASTRUCTURE_AUDIT,
            APPLICATION_AUDIT, SECURITY_AUDIT);

    /** Share of resolved tickets within their resolution SLA that counts as "measured and met" (our reading). */
    static final int SLA_MET_PERCENT = 80;

    private static final String TABEL_1 = "PermenPANRB 59/2020, Lampiran, Tabel 1 (tingkat kapabilitas proses)";

    private EvidenceRules() {
    }

    /**
     * Indicator 28, Penerapan Manajemen Layanan SPBE: the service desk is the region's service management. Fewer
     * than half of the OPDs using it → 1 (sporadic); some but not all → 2 (Terkelola: "baru sebagian unit"); every
     * OPD → 3 (Terdefinisi: "di semua unit"); every OPD and ≥ 80 % of resolved tickets within the resolution SLA → 4
     * (Terukur: the SLA is the measurement). Ceiling 4.
     */
    public static SupportedLevel serviceManagement(TicketFigures f) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("opdsWithTickets", f.opdsWithTickets());
        figures.put("activeOpds", f.activeOpds());
        figures.put("tickets", f.tickets());
        figures.put("resolved", f.resolved());
        figures.put("resolvedWithinSla", f.resolvedWithinSla());
        if (f.tickets() == 0 || f.activeOpds() == 0) {
            return new SupportedLevel(SERVICE_MANAGEMENT, "Manajemen Layanan SPBE", null, 4, figures,
                    "Manajemen layanan: belum ada tiket layanan di platform pada tahun ini.", TABEL_1);
        }
        Integer slaPercent = f.resolved() == 0 ? null : (int) (f.resolvedWithinSla() * 100 / f.resolved());
        if (slaPercent != null) {
            figures.put("slaMetPercent", slaPercent);
        }
        String usage = "tiket layanan digunakan oleh %d dari %d OPD".formatted(f.opdsWithTickets(), f.activeOpds());
        String sla = slaPercent == null ? "belum ada tiket selesai" : "SLA terpenuhi " + slaPercent + " %";
        int level;
        String because;
        if (f.opdsWithTickets() * 2 < f.activeOpds()) {
            level = 1;
            because = "kurang dari separuh OPD (Rintisan)";
        } else if (f.opdsWithTickets() < f.activeOpds()) {
            level = 2;
            because = "baru sebagian OPD (Terkelola)";
        } else if (f.resolved() > 0 && f.resolvedWithinSla() * 100 >= (long) SLA_MET_PERCENT * f.resolved()) {
            level = 4;
            because = "semua OPD dan SLA terukur, terpenuhi ≥ " + SLA_MET_PERCENT + " % (Terpadu dan Terukur; "
                    + "level 5 hanya dapat dibuktikan dengan dokumen reviu)";
        } else {
            level = 3;
            because = "semua OPD, tetapi SLA terpenuhi di bawah " + SLA_MET_PERCENT + " % (Terdefinisi)";
        }
        return new SupportedLevel(SERVICE_MANAGEMENT, "Manajemen Layanan SPBE", level, 4, figures,
                "Manajemen layanan: %s, %s — data mendukung level %d: %s.".formatted(usage, sla, level, because),
                TABEL_1);
    }

    /**
     * Indicator 27, Penerapan Manajemen Perubahan: change tickets (PERUBAHAN) go through approval before they are
     * implemented. Changes requested but none implemented through approval → 1; approved and implemented changes →
     * 2 (Terkelola: planned and managed). Whether the procedure is standard in every unit and reviewed (3–5) is not
     * in the data: OPDs without a change need none. Ceiling 2.
     */
    public static SupportedLevel changeManagement(TicketFigures f) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("changeTickets", f.changeTickets());
        figures.put("changesImplemented", f.changesImplemented());
        figures.put("opdsWithChanges", f.opdsWithChanges());
        if (f.changeTickets() == 0) {
            return new SupportedLevel(CHANGE_MANAGEMENT, "Manajemen Perubahan", null, 2, figures,
                    "Manajemen perubahan: belum ada permintaan perubahan di platform pada tahun ini.", TABEL_1);
        }
        String counts = "%d permintaan perubahan dari %d OPD, %d disetujui dan diimplementasikan"
                .formatted(f.changeTickets(), f.opdsWithChanges(), f.changesImplemented());
        if (f.changesImplemented() == 0) {
            return new SupportedLevel(CHANGE_MANAGEMENT, "Manajemen Perubahan", 1, 2, figures,
                    "Manajemen perubahan: %s — data mendukung level 1: belum ada perubahan yang melalui alur "
                            .formatted(counts) + "persetujuan sampai implementasi (Rintisan).", TABEL_1);
        }
        return new SupportedLevel(CHANGE_MANAGEMENT, "Manajemen Perubahan", 2, 2, figures,
                "Manajemen perubahan: %s — data mendukung sedikitnya level 2: perubahan direncanakan dan dikelola "
                        .formatted(counts) + "melalui persetujuan (Terkelola); level 3 ke atas perlu dokumen "
                        + "prosedur baku dan reviu.", TABEL_1);
    }

    /**
     * Indicators 29–31, Pelaksanaan Audit Infrastruktur / Aplikasi / Keamanan SPBE: completed audits of the kind.
     * Only audits outside the audit plan → 1 (Rintisan: "tanpa perencanaan"); planned audits of some OPDs → 2
     * (Terkelola); planned audits covering every OPD in the year → 3 (Terdefinisi). Whether findings feed a periodic
     * review (4–5) is not in the data. Ceiling 3.
     */
    public static SupportedLevel audit(String indicatorNo, AuditFigures f) {
        String subject = switch (f.kind()) {
            case "INFRASTRUKTUR" -> "Audit Infrastruktur SPBE";
            case "APLIKASI" -> "Audit Aplikasi SPBE";
            default -> "Audit Keamanan SPBE";
        };
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("auditsCompleted", f.completed());
        figures.put("plannedAudits", f.planned());
        figures.put("opdsAudited", f.opdsAudited());
        figures.put("activeOpds", f.activeOpds());
        if (f.completed() == 0) {
            return new SupportedLevel(indicatorNo, subject, null, 3, figures,
                    subject + ": belum ada audit selesai di platform pada tahun ini.", TABEL_1);
        }
        String counts = "%d audit selesai (%d sesuai rencana audit), %d dari %d OPD diaudit"
                .formatted(f.completed(), f.planned(), f.opdsAudited(), f.activeOpds());
        int level;
        String because;
        if (f.planned() == 0) {
            level = 1;
            because = "level 1: audit dilaksanakan tanpa rencana audit (Rintisan)";
        } else if (f.opdsAudited() < f.activeOpds()) {
            level = 2;
            because = "level 2: audit direncanakan, baru sebagian OPD (Terkelola)";
        } else {
            level = 3;
            because = "sedikitnya level 3: audit direncanakan dan mencakup semua OPD (Terdefinisi); level 4 ke atas perlu "
                    + "dokumen reviu berkala";
        }
        return new SupportedLevel(indicatorNo, subject, level, 3, figures,
                "%s: %s — data mendukung %s.".formatted(subject, counts, because), TABEL_1);
    }
}
