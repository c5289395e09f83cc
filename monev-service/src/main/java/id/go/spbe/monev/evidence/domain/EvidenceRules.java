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
 * The thresholds (half of the OPDs, 80 % SLA, every VPS backed up, 80 % of monitored services within their SLO,
 * every app in development tested and reviewed, an article from a ticket, every OPD in an integration, every OPD's applications
 * registered) are <b>our reading</b>, not the regulation's; the
 * 2021 guide's per-indicator criteria were not read. A claim above the supported level is flagged for the evaluator, never
 * refused: the unit's documents may show what the platform cannot.
 */
public final class EvidenceRules {

    public static final String FRAMEWORK = "permenpanrb-59-2020";
    public static final String APPLICATION_DEVELOPMENT = "15";
    public static final String DATA_CENTER = "16";
    public static final String NETWORK = "17";
    public static final String SERVICE_LINKAGE = "18";
    public static final String ASSET_MANAGEMENT = "24";
    public static final String KNOWLEDGE_MANAGEMENT = "26";
    public static final String CHANGE_MANAGEMENT = "27";
    public static final String SERVICE_MANAGEMENT = "28";
    public static final String INFRASTRUCTURE_AUDIT = "29";
    public static final String APPLICATION_AUDIT = "30";
    public static final String SECURITY_AUDIT = "31";
    /** Indicator → audit kind as audit-service names it. */
    public static final Map<String, String> AUDIT_KINDS = Map.of(INFRASTRUCTURE_AUDIT, "INFRASTRUKTUR",
            APPLICATION_AUDIT, "APLIKASI", SECURITY_AUDIT, "KEAMANAN");
    /** In framework order. */
    public static final List<String> COVERED = List.of(APPLICATION_DEVELOPMENT, DATA_CENTER, NETWORK,
            SERVICE_LINKAGE, ASSET_MANAGEMENT, KNOWLEDGE_MANAGEMENT, CHANGE_MANAGEMENT, SERVICE_MANAGEMENT, INFRASTRUCTURE_AUDIT, APPLICATION_AUDIT, SECURITY_AUDIT);

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

    /**
     * Indicator 16, Tingkat Kematangan Layanan Pusat Data: the VPS the region's data centre runs for the OPDs, their
     * backups (D6), the measured availability of the OPDs' services (D3) and the data centre's links upstream (D1).
     * VPS in service but none with a successful backup in the year → 1 (Rintisan: the service runs, its protection
     * is not planned); some backed up → 2 (Terkelola: planned, but not for every system); every VPS in service backed
     * up → 3 (Terdefinisi: one backup standard applied to all); and besides, linked to the national or provincial
     * data centre in the year ("Terpadu": the guide's level 4 for the infrastructure indicators is interconnection
     * with the PDN or another instansi) and availability measured by uptime monitors with ≥ 80 % of the measured
     * services meeting their own SLO ("Terukur": the SLO is the measurement, as the resolution SLA is for indicator
     * 28) → 4. Improvement after review (5) is a document. Ceiling 4.
     */
    public static SupportedLevel dataCenter(DataCenterFigures f) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("vpsInService", f.vpsInService());
        figures.put("opdsServed", f.opdsServed());
        figures.put("activeOpds", f.activeOpds());
        figures.put("vpsBackedUp", f.vpsBackedUp());
        figures.put("offsiteBackedUp", f.offsiteBackedUp());
        figures.put("servicesMeasured", f.servicesMeasured());
        figures.put("servicesMeetingSlo", f.servicesMeetingSlo());
        figures.put("outages", f.outages());
        figures.put("nationalLinked", f.nationalLinked());
        figures.put("provincialLinked", f.provincialLinked());
        String subject = "Layanan Pusat Data";
        if (f.vpsInService() == 0) {
            return new SupportedLevel(DATA_CENTER, subject, null, 4, figures,
                    "Layanan pusat data: belum ada VPS yang beroperasi di platform pada tahun ini.", TABEL_1);
        }
        String counts = "%d VPS beroperasi untuk %d dari %d OPD, %d dicadangkan dengan berhasil (%d salinan di luar "
                .formatted(f.vpsInService(), f.opdsServed(), f.activeOpds(), f.vpsBackedUp(), f.offsiteBackedUp())
                + "lokasi)";
        String availability = f.servicesMeasured() == 0 ? "ketersediaan layanan belum dipantau"
                : "ketersediaan %d layanan dipantau, %d memenuhi target SLO (%d gangguan)".formatted(
                        f.servicesMeasured(), f.servicesMeetingSlo(), f.outages());
        String link = f.nationalLinked() > 0 && f.provincialLinked() > 0
                ? "terhubung ke pusat data nasional dan provinsi"
                : f.nationalLinked() > 0 ? "terhubung ke pusat data nasional"
                : f.provincialLinked() > 0 ? "terhubung ke pusat data provinsi"
                : "belum terhubung ke pusat data nasional atau provinsi";
        boolean sloMet = f.servicesMeasured() > 0
                && f.servicesMeetingSlo() * 100 >= (long) SLA_MET_PERCENT * f.servicesMeasured();
        int level;
        String because;
        if (f.vpsBackedUp() == 0) {
            level = 1;
            because = "level 1: layanan berjalan tanpa pencadangan yang terencana (Rintisan)";
        } else if (f.vpsBackedUp() < f.vpsInService()) {
            level = 2;
            because = "level 2: pencadangan baru untuk sebagian VPS (Terkelola)";
        } else if (!f.linkedUpstream() || !sloMet) {
            level = 3;
            because = "level 3: setiap VPS yang beroperasi dicadangkan (Terdefinisi), tetapi "
                    + (!f.linkedUpstream() ? "belum terpadu dengan pusat data nasional atau provinsi"
                            : f.servicesMeasured() == 0 ? "ketersediaan belum diukur"
                            : "ketersediaan yang memenuhi target SLO di bawah " + SLA_MET_PERCENT + " % layanan");
        } else {
            level = 4;
            because = "sedikitnya level 4: setiap VPS dicadangkan, terhubung ke pusat data di atasnya dan ketersediaan "
                    + "terukur, target SLO terpenuhi ≥ " + SLA_MET_PERCENT + " % layanan (Terpadu dan Terukur); "
                    + "level 5 hanya dapat dibuktikan dengan dokumen reviu";
        }
        return new SupportedLevel(DATA_CENTER, subject, level, 4, figures,
                "Layanan pusat data: %s, %s, %s — data mendukung %s.".formatted(counts, availability, link, because),
                TABEL_1);
    }

    /**
     * Indicator 17, Tingkat Kematangan Layanan Jaringan Intra Pemerintah Daerah: every OPD's LAN is documented by a
     * yearly diagram Dinas accepts (N6) and inspected by Dinas (N5). Diagrams accepted for fewer than half the OPDs
     * (or inspections only) → 1; half or more but not all → 2 (Terkelola); every OPD → 3 (Terdefinisi); every OPD
     * accepted and every OPD inspected in the year → 4 (Terukur: the inspection is the periodic measurement).
     * Improvement after review (5) is not in the data. Ceiling 4.
     */
    public static SupportedLevel network(NetworkFigures f) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("diagramsAccepted", f.diagramsAccepted());
        figures.put("acceptedLate", f.acceptedLate());
        figures.put("diagramsOverdue", f.diagramsOverdue());
        figures.put("opdsInspected", f.opdsInspected());
        figures.put("activeOpds", f.activeOpds());
        String subject = "Layanan Jaringan Intra Pemerintah Daerah";
        if ((f.diagramsAccepted() == 0 && f.opdsInspected() == 0) || f.activeOpds() == 0) {
            return new SupportedLevel(NETWORK, subject, null, 4, figures,
                    "Jaringan intra: belum ada diagram LAN diterima atau inspeksi LAN di platform pada tahun ini.",
                    TABEL_1);
        }
        String counts = "diagram LAN diterima untuk %d dari %d OPD (%d terlambat, %d lewat tenggat), %d OPD diinspeksi"
                .formatted(f.diagramsAccepted(), f.activeOpds(), f.acceptedLate(), f.diagramsOverdue(),
                        f.opdsInspected());
        int level;
        String because;
        if (f.diagramsAccepted() * 2 < f.activeOpds()) {
            level = 1;
            because = "level 1: kurang dari separuh OPD terdokumentasi (Rintisan)";
        } else if (f.diagramsAccepted() < f.activeOpds()) {
            level = 2;
            because = "level 2: baru sebagian OPD terdokumentasi (Terkelola)";
        } else if (f.opdsInspected() < f.activeOpds()) {
            level = 3;
            because = "level 3: semua OPD terdokumentasi, belum semua diinspeksi (Terdefinisi)";
        } else {
            level = 4;
            because = "sedikitnya level 4: semua OPD terdokumentasi dan diinspeksi (Terpadu dan Terukur); level 5 "
                    + "hanya dapat dibuktikan dengan dokumen reviu";
        }
        return new SupportedLevel(NETWORK, subject, level, 4, figures,
                "Jaringan intra: %s — data mendukung %s.".formatted(counts, because), TABEL_1);
    }

    /**
     * Indicator 26, Tingkat Kematangan Penerapan Manajemen Pengetahuan: knowledge-base articles the service desk
     * publishes (S7). Articles published, none written from a resolved ticket → 1 (Rintisan: knowledge recorded when
     * someone thinks of it); some written from resolved tickets → 2 (Terkelola: capturing knowledge is part of the
     * service process). Spread over the OPDs is not a criterion: the author OPD is optional in the event and most
     * articles come from Dinas's desk. Ceiling 2.
     */
    public static SupportedLevel knowledgeManagement(KnowledgeFigures f) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("articles", f.articles());
        figures.put("fromTickets", f.fromTickets());
        figures.put("revised", f.revised());
        figures.put("authoringOpds", f.authoringOpds());
        figures.put("activeOpds", f.activeOpds());
        String subject = "Manajemen Pengetahuan";
        if (f.articles() == 0) {
            return new SupportedLevel(KNOWLEDGE_MANAGEMENT, subject, null, 2, figures,
                    "Manajemen pengetahuan: belum ada artikel pengetahuan terbit di platform pada tahun ini.",
                    TABEL_1);
        }
        String counts = "%d artikel pengetahuan terbit (%d dari tiket yang diselesaikan, %d revisi) dari %d OPD penulis"
                .formatted(f.articles(), f.fromTickets(), f.revised(), f.authoringOpds());
        if (f.fromTickets() == 0) {
            return new SupportedLevel(KNOWLEDGE_MANAGEMENT, subject, 1, 2, figures,
                    "Manajemen pengetahuan: %s — data mendukung level 1: pengetahuan dicatat sewaktu-waktu, belum "
                            .formatted(counts) + "menjadi bagian proses layanan (Rintisan).", TABEL_1);
        }
        return new SupportedLevel(KNOWLEDGE_MANAGEMENT, subject, 2, 2, figures,
                "Manajemen pengetahuan: %s — data mendukung sedikitnya level 2: pengetahuan dihimpun dari penyelesaian "
                        .formatted(counts) + "tiket (Terkelola); level 3 ke atas perlu pedoman baku dan reviu.",
                TABEL_1);
    }

    /**
     * Indicator 15, Tingkat Kematangan Pembangunan Aplikasi SPBE: applications developed through the registered SDLC
     * stages (A5) with recorded test results (A6) and Dinas's functional conformance reviews (A9: MT p13(5), RL p29(3),
     * BT p26(7)). In development but none with a passed test in the year → 1 (Rintisan: built without a managed
     * process); some tested → 2 (Terkelola); every application in development tested → 3 (Terdefinisi: one lifecycle
     * for all); and every one of them reviewed for conformance by Dinas in the year → 4 (Terukur: the review is the
     * measurement, whatever its result). Improvement after review (5) is a document. Ceiling 4.
     */
    public static SupportedLevel applicationDevelopment(DevelopmentFigures f) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("appsInDevelopment", f.appsInDevelopment());
        figures.put("appsTested", f.appsTested());
        figures.put("opdsDeveloping", f.opdsDeveloping());
        figures.put("appsReviewed", f.appsReviewed());
        figures.put("activeOpds", f.activeOpds());
        String subject = "Pembangunan Aplikasi SPBE";
        if (f.appsInDevelopment() == 0) {
            return new SupportedLevel(APPLICATION_DEVELOPMENT, subject, null, 4, figures,
                    "Pembangunan aplikasi: belum ada aplikasi yang dibangun melalui tahapan di platform pada tahun ini.",
                    TABEL_1);
        }
        String counts = "%d aplikasi dibangun melalui tahapan SDLC oleh %d OPD, %d lulus uji, %d ditinjau kesesuaian "
                .formatted(f.appsInDevelopment(), f.opdsDeveloping(), f.appsTested(), f.appsReviewed())
                + "fungsinya oleh Dinas";
        int level;
        String because;
        if (f.appsTested() == 0) {
            level = 1;
            because = "level 1: belum ada hasil uji yang lulus (Rintisan)";
        } else if (f.appsTested() < f.appsInDevelopment()) {
            level = 2;
            because = "level 2: baru sebagian aplikasi diuji (Terkelola)";
        } else if (f.appsReviewed() < f.appsInDevelopment()) {
            level = 3;
            because = "level 3: setiap aplikasi yang dibangun diuji (Terdefinisi), tetapi belum semua ditinjau "
                    + "kesesuaian fungsinya oleh Dinas";
        } else {
            level = 4;
            because = "sedikitnya level 4: setiap aplikasi yang dibangun diuji dan ditinjau kesesuaian fungsinya oleh "
                    + "Dinas (Terpadu dan Terukur); level 5 hanya dapat dibuktikan dengan dokumen reviu";
        }
        return new SupportedLevel(APPLICATION_DEVELOPMENT, subject, level, 4, figures,
                "Pembangunan aplikasi: %s — data mendukung %s.".formatted(counts, because), TABEL_1);
    }

    /**
     * Indicator 18, Tingkat Kematangan Penggunaan Sistem Penghubung Layanan: every OPD uses the linkage system for its
     * services that need integration with others' data or services (RL p26(2), BT p24(2), P1); app-registry's
     * integration register (A13) records who uses whom. Integrations active in the year, but none between two OPDs
     * or involving fewer than half of the active OPDs → 1 (Rintisan: linkage used here and there); cross-OPD and at
     * least half of the OPDs taking part, not all → 2 (Terkelola: "baru sebagian unit"); every active OPD at an end of
     * an integration → 3 (Terdefinisi: "di semua unit"). Linkage with the provincial and central linkage systems
     * (RL p26(4)(a), P2: the gateway's federation) is in no event, so it cannot show 4. Ceiling 3.
     */
    public static SupportedLevel serviceLinkage(IntegrationFigures f) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("integrations", f.integrations());
        figures.put("crossOpd", f.crossOpd());
        figures.put("opdsTakingPart", f.opdsTakingPart());
        figures.put("opdsCrossOpd", f.opdsCrossOpd());
        figures.put("connectors", f.connectors());
        figures.put("activeOpds", f.activeOpds());
        String subject = "Penggunaan Sistem Penghubung Layanan";
        if (f.integrations() == 0 || f.activeOpds() == 0) {
            return new SupportedLevel(SERVICE_LINKAGE, subject, null, 3, figures,
                    "Sistem penghubung layanan: belum ada integrasi aktif tercatat di platform pada tahun ini.",
                    TABEL_1);
        }
        String counts = "%d integrasi aktif (%d antar-OPD, %d melalui aplikasi penghubung), %d dari %d OPD terlibat"
                .formatted(f.integrations(), f.crossOpd(), f.connectors(), f.opdsTakingPart(), f.activeOpds());
        int level;
        String because;
        if (f.crossOpd() == 0) {
            level = 1;
            because = "level 1: integrasi baru di dalam masing-masing OPD, belum antar-OPD (Rintisan)";
        } else if (f.opdsTakingPart() * 2 < f.activeOpds()) {
            level = 1;
            because = "level 1: kurang dari separuh OPD menggunakan sistem penghubung layanan (Rintisan)";
        } else if (f.opdsTakingPart() < f.activeOpds()) {
            level = 2;
            because = "level 2: baru sebagian OPD menggunakan sistem penghubung layanan (Terkelola)";
        } else {
            level = 3;
            because = "sedikitnya level 3: semua OPD menggunakan sistem penghubung layanan (Terdefinisi); "
                    + "keterhubungan dengan sistem penghubung layanan provinsi dan pusat tidak tercatat dalam data";
        }
        return new SupportedLevel(SERVICE_LINKAGE, subject, level, 3, figures,
                "Sistem penghubung layanan: %s — data mendukung %s.".formatted(counts, because), TABEL_1);
    }

    /**
     * Indicator 24, Tingkat Kematangan Penerapan Manajemen Aset TIK: planning, procurement, management and disposal of
     * the hardware and software SPBE uses (RL p42(2)); the platform's inventories are the application register
     * (software, A1), the data centre's VPS (D4) and the network's sites and WAN circuits (N1, N2). Assets recorded
     * for fewer than half of the active OPDs → 1 (Rintisan); at least half, but not every OPD with its applications
     * registered → 2 (Terkelola: "baru sebagian unit"); every active OPD with its applications in the register → 3
     * (Terdefinisi); and the data centre's yearly usage review of the year frozen (D5, RL p19(13): the inventory
     * reviewed periodically) → 4 (Terukur). Improvement after review (5) is a document. Ceiling 4.
     */
    public static SupportedLevel assetManagement(AssetFigures f) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("applications", f.applications());
        figures.put("opdsWithApplications", f.opdsWithApplications());
        figures.put("applicationsRetired", f.applicationsRetired());
        figures.put("vpsInService", f.vpsInService());
        figures.put("sites", f.sites());
        figures.put("wanLinks", f.wanLinks());
        figures.put("opdsWithAssets", f.opdsWithAssets());
        figures.put("activeOpds", f.activeOpds());
        figures.put("usageReviewFrozen", f.usageReviewFrozen() ? 1 : 0);
        String subject = "Manajemen Aset TIK";
        if (f.opdsWithAssets() == 0 || f.activeOpds() == 0) {
            return new SupportedLevel(ASSET_MANAGEMENT, subject, null, 4, figures,
                    "Manajemen aset TIK: belum ada aset TIK tercatat di inventaris platform pada tahun ini.", TABEL_1);
        }
        String counts = ("aset TIK tercatat untuk %d dari %d OPD: %d aplikasi dari %d OPD (%d dihapus), %d VPS, "
                + "%d lokasi jaringan, %d sirkuit WAN; reviu pemanfaatan pusat data tahun ini %s").formatted(
                        f.opdsWithAssets(), f.activeOpds(), f.applications(), f.opdsWithApplications(),
                        f.applicationsRetired(), f.vpsInService(), f.sites(), f.wanLinks(),
                        f.usageReviewFrozen() ? "sudah ditetapkan" : "belum ditetapkan");
        int level;
        String because;
        if (f.opdsWithAssets() * 2 < f.activeOpds()) {
            level = 1;
            because = "level 1: kurang dari separuh OPD asetnya tercatat (Rintisan)";
        } else if (f.opdsWithApplications() < f.activeOpds()) {
            level = 2;
            because = "level 2: baru sebagian OPD aplikasinya tercatat (Terkelola)";
        } else if (!f.usageReviewFrozen()) {
            level = 3;
            because = "level 3: aplikasi semua OPD tercatat (Terdefinisi), tetapi reviu pemanfaatan tahunan belum "
                    + "ditetapkan";
        } else {
            level = 4;
            because = "sedikitnya level 4: aplikasi semua OPD tercatat dan pemanfaatannya direviu tahunan (Terpadu "
                    + "dan Terukur); level 5 hanya dapat dibuktikan dengan dokumen reviu";
        }
        return new SupportedLevel(ASSET_MANAGEMENT, subject, level, 4, figures,
                "Manajemen aset TIK: %s — data mendukung %s.".formatted(counts, because), TABEL_1);
    }
}
