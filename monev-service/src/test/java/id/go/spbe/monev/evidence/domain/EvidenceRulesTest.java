package id.go.spbe.monev.evidence.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules "operations data → supported level" on hand-worked figures, at their edges (issue 13 evidence from
 * operations; M1: the level claimed for an indicator of the yearly evaluation).
 */
class EvidenceRulesTest {

    private static TicketFigures tickets(int active, int using, long tickets, long resolved, long withinSla) {
        return new TicketFigures(active, using, tickets, resolved, withinSla, 0, 0, 0);
    }

    private static TicketFigures changes(long requested, long implemented, int opds) {
        return new TicketFigures(12, 9, 40, 30, 28, requested, implemented, opds);
    }

    @Test
    void serviceManagement28_nineOfTwelveOpdsIsManagedButPartial_level2WithTheIssueSentence() {
        // 9 of 12 OPDs, 26 of 30 resolved tickets within SLA = 86.67 % → shown as 86 % (rounded down)
        SupportedLevel s = EvidenceRules.serviceManagement(tickets(12, 9, 40, 30, 26));
        assertThat(s.level()).isEqualTo(2);
        assertThat(s.reason()).contains("digunakan oleh 9 dari 12 OPD").contains("SLA terpenuhi 86 %")
                .contains("level 2");
        assertThat(s.figures()).containsEntry("slaMetPercent", 86).containsEntry("opdsWithTickets", 9);
        assertThat(s.flag(3)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
        assertThat(s.flag(2)).isEqualTo(EvidenceFlag.SUPPORTED);
        assertThat(s.flag(1)).isEqualTo(EvidenceFlag.SUPPORTED);
        assertThat(s.flag(null)).isEqualTo(EvidenceFlag.NO_CLAIM);
    }

    @Test
    void serviceManagement28_fewerThanHalfTheOpdsIsLevel1_exactlyHalfIsLevel2() {
        assertThat(EvidenceRules.serviceManagement(tickets(12, 5, 10, 5, 5)).level()).isEqualTo(1);
        assertThat(EvidenceRules.serviceManagement(tickets(12, 6, 10, 5, 5)).level()).isEqualTo(2);
        assertThat(EvidenceRules.serviceManagement(tickets(12, 11, 10, 5, 5)).level()).isEqualTo(2);
    }

    @Test
    void serviceManagement28_everyOpdWithSlaAtExactly80PercentIsLevel4_justBelowIsLevel3() {
        SupportedLevel measured = EvidenceRules.serviceManagement(tickets(12, 12, 120, 100, 80));
        assertThat(measured.level()).isEqualTo(4);
        assertThat(measured.ceiling()).isEqualTo(4);
        assertThat(measured.reason()).contains("level 5 hanya dapat dibuktikan dengan dokumen reviu");
        assertThat(measured.flag(5)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
        assertThat(EvidenceRules.serviceManagement(tickets(12, 12, 120, 100, 79)).level()).isEqualTo(3);
        // 1 resolved, 0 within SLA: all OPDs use it but nothing met → 3
        assertThat(EvidenceRules.serviceManagement(tickets(3, 3, 3, 1, 0)).level()).isEqualTo(3);
    }

    @Test
    void serviceManagement28_everyOpdButNothingResolvedYetIsLevel3_noSlaFigure() {
        SupportedLevel s = EvidenceRules.serviceManagement(tickets(4, 4, 6, 0, 0));
        assertThat(s.level()).isEqualTo(3);
        assertThat(s.figures()).doesNotContainKey("slaMetPercent");
        assertThat(s.reason()).contains("belum ada tiket selesai");
    }

    @Test
    void serviceManagement28_noTicketsIsNoData() {
        SupportedLevel s = EvidenceRules.serviceManagement(tickets(12, 0, 0, 0, 0));
        assertThat(s.level()).isNull();
        assertThat(s.flag(5)).isEqualTo(EvidenceFlag.NO_DATA);
        assertThat(s.flag(null)).isEqualTo(EvidenceFlag.NO_DATA);
    }

    @Test
    void changeManagement27_requestedOnlyIs1_implementedThroughApprovalIsAtLeast2() {
        assertThat(EvidenceRules.changeManagement(changes(0, 0, 0)).level()).isNull();
        SupportedLevel requested = EvidenceRules.changeManagement(changes(3, 0, 2));
        assertThat(requested.level()).isEqualTo(1);
        assertThat(requested.reason()).contains("3 permintaan perubahan dari 2 OPD, 0 disetujui");
        SupportedLevel managed = EvidenceRules.changeManagement(changes(5, 4, 3));
        assertThat(managed.level()).isEqualTo(2);
        assertThat(managed.ceiling()).isEqualTo(2);
        assertThat(managed.reason()).contains("sedikitnya level 2");
        assertThat(managed.flag(3)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
    }

    @Test
    void audit29to31_unplannedOnlyIs1_plannedPartIs2_plannedAllOpdsIs3() {
        assertThat(EvidenceRules.audit("29", new AuditFigures("INFRASTRUKTUR", 12, 0, 0, 0)).level()).isNull();
        SupportedLevel adHoc = EvidenceRules.audit("30", new AuditFigures("APLIKASI", 12, 2, 0, 2));
        assertThat(adHoc.level()).isEqualTo(1);
        assertThat(adHoc.subject()).isEqualTo("Audit Aplikasi SPBE");
        SupportedLevel partial = EvidenceRules.audit("31", new AuditFigures("KEAMANAN", 12, 4, 3, 4));
        assertThat(partial.level()).isEqualTo(2);
        assertThat(partial.reason()).contains("4 audit selesai (3 sesuai rencana audit), 4 dari 12 OPD diaudit");
        SupportedLevel all = EvidenceRules.audit("29", new AuditFigures("INFRASTRUKTUR", 3, 3, 1, 3));
        assertThat(all.level()).isEqualTo(3);
        assertThat(all.ceiling()).isEqualTo(3);
        assertThat(all.flag(4)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
        assertThat(all.flag(3)).isEqualTo(EvidenceFlag.SUPPORTED);
    }

    @Test
    void everyRuleCitesTheAnnexLevelTable() {
        assertThat(EvidenceRules.changeManagement(changes(1, 1, 1)).basis()).contains("59/2020").contains("Tabel 1");
    }

    @Test
    void dataCenter16_noVpsIsNoData_noneBackedUpIs1_someIs2_everyVpsIs3_withoutUptimeNo4() {
        SupportedLevel none = EvidenceRules.dataCenter(DataCenterFigures.unmeasured(12, 0, 0, 0, 0));
        assertThat(none.level()).isNull();
        assertThat(none.flag(3)).isEqualTo(EvidenceFlag.NO_DATA);
        assertThat(EvidenceRules.dataCenter(DataCenterFigures.unmeasured(12, 5, 4, 0, 0)).level()).isEqualTo(1);
        // 5 VPS for 4 of 12 OPDs, 4 backed up (2 off-site): not every VPS → 2
        SupportedLevel some = EvidenceRules.dataCenter(DataCenterFigures.unmeasured(12, 5, 4, 4, 2));
        assertThat(some.level()).isEqualTo(2);
        assertThat(some.reason()).isEqualTo("Layanan pusat data: 5 VPS beroperasi untuk 4 dari 12 OPD, 4 dicadangkan "
                + "dengan berhasil (2 salinan di luar lokasi), ketersediaan layanan belum dipantau, belum terhubung "
                + "ke pusat data nasional atau provinsi — data mendukung level 2: pencadangan baru untuk sebagian VPS "
                + "(Terkelola).");
        SupportedLevel all = EvidenceRules.dataCenter(DataCenterFigures.unmeasured(12, 5, 4, 5, 0));
        assertThat(all.level()).isEqualTo(3);
        assertThat(all.ceiling()).isEqualTo(4);
        assertThat(all.reason()).contains("ketersediaan layanan belum dipantau")
                .contains("level 3: setiap VPS yang beroperasi dicadangkan (Terdefinisi), tetapi belum terpadu "
                        + "dengan pusat data nasional atau provinsi");
        assertThat(all.flag(4)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
        assertThat(all.figures()).containsEntry("vpsBackedUp", 5L).containsEntry("opdsServed", 4)
                .containsEntry("servicesMeasured", 0L);
    }

    /**
     * 59/2020 Tabel 1 level 4 "Terpadu dan Terukur" for indicator 16: every VPS backed up (level 3), linked to the
     * national or provincial data centre in the year (Terpadu) and the availability of the OPDs' services measured,
     * with at least 80 % of the measured services within their own SLO (Terukur). Hand-worked: linked to the PDN, 5
     * services measured, 4 met (4 × 100 = 400 ≥ 80 × 5 = 400) → 4 at the edge; 10 measured, 7 met (700 < 800) → 3;
     * all met but linked to nothing → 3; linked to the province only, all met → 4; uptime met but one VPS not backed
     * up → still 2 (measurement does not lift an unprotected service).
     */
    @Test
    void dataCenter16_level4_everyVpsBackedUpLinkedUpstreamAndAtLeast80PercentOfMeasuredServicesWithinTheirSlo() {
        SupportedLevel edge = EvidenceRules.dataCenter(new DataCenterFigures(12, 5, 4, 5, 1, 5, 4, 3, 1, 0));
        assertThat(edge.level()).isEqualTo(4);
        assertThat(edge.ceiling()).isEqualTo(4);
        assertThat(edge.flag(4)).isEqualTo(EvidenceFlag.SUPPORTED);
        assertThat(edge.flag(5)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
        assertThat(edge.reason()).isEqualTo("Layanan pusat data: 5 VPS beroperasi untuk 4 dari 12 OPD, 5 dicadangkan "
                + "dengan berhasil (1 salinan di luar lokasi), ketersediaan 5 layanan dipantau, 4 memenuhi target SLO "
                + "(3 gangguan), terhubung ke pusat data nasional — data mendukung sedikitnya level 4: setiap VPS "
                + "dicadangkan, terhubung ke pusat data di atasnya dan ketersediaan terukur, target SLO terpenuhi "
                + "≥ 80 % layanan (Terpadu dan Terukur); level 5 hanya dapat dibuktikan dengan dokumen reviu.");
        assertThat(edge.figures()).containsEntry("servicesMeasured", 5L).containsEntry("servicesMeetingSlo", 4L)
                .containsEntry("outages", 3L).containsEntry("nationalLinked", 1).containsEntry("provincialLinked", 0);

        SupportedLevel below = EvidenceRules.dataCenter(new DataCenterFigures(12, 5, 4, 5, 1, 10, 7, 9, 1, 1));
        assertThat(below.level()).isEqualTo(3);
        assertThat(below.reason()).contains("ketersediaan 10 layanan dipantau, 7 memenuhi target SLO (9 gangguan)")
                .contains("terhubung ke pusat data nasional dan provinsi")
                .contains("tetapi ketersediaan yang memenuhi target SLO di bawah 80 % layanan");

        SupportedLevel unlinked = EvidenceRules.dataCenter(new DataCenterFigures(12, 5, 4, 5, 1, 5, 5, 0, 0, 0));
        assertThat(unlinked.level()).isEqualTo(3);
        assertThat(unlinked.reason()).contains("tetapi belum terpadu dengan pusat data nasional atau provinsi");
        SupportedLevel province = EvidenceRules.dataCenter(new DataCenterFigures(12, 5, 4, 5, 1, 5, 5, 0, 0, 1));
        assertThat(province.level()).isEqualTo(4);
        assertThat(province.reason()).contains("terhubung ke pusat data provinsi —");

        assertThat(EvidenceRules.dataCenter(new DataCenterFigures(12, 5, 4, 4, 1, 5, 5, 0, 1, 0)).level())
                .isEqualTo(2);
        assertThat(EvidenceRules.dataCenter(new DataCenterFigures(12, 5, 4, 0, 0, 5, 5, 0, 1, 0)).level())
                .isEqualTo(1);
    }

    @Test
    void network17_diagramCoverageAtTheHalfAndAllEdges_inspectionOfEveryOpdIs4() {
        assertThat(EvidenceRules.network(new NetworkFigures(12, 0, 0, 3, 0)).level()).isNull();
        // inspections only, no diagram accepted: something is done, without the documentation → 1
        assertThat(EvidenceRules.network(new NetworkFigures(12, 0, 0, 0, 2)).level()).isEqualTo(1);
        assertThat(EvidenceRules.network(new NetworkFigures(12, 5, 0, 0, 0)).level()).isEqualTo(1);
        assertThat(EvidenceRules.network(new NetworkFigures(12, 6, 0, 0, 0)).level()).isEqualTo(2);
        assertThat(EvidenceRules.network(new NetworkFigures(12, 11, 0, 1, 12)).level()).isEqualTo(2);
        SupportedLevel all = EvidenceRules.network(new NetworkFigures(12, 12, 2, 1, 11));
        assertThat(all.level()).isEqualTo(3);
        assertThat(all.reason()).contains("diagram LAN diterima untuk 12 dari 12 OPD (2 terlambat, 1 lewat tenggat), "
                + "11 OPD diinspeksi").contains("level 3");
        SupportedLevel measured = EvidenceRules.network(new NetworkFigures(12, 12, 0, 0, 12));
        assertThat(measured.level()).isEqualTo(4);
        assertThat(measured.ceiling()).isEqualTo(4);
        assertThat(measured.flag(5)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
        assertThat(measured.flag(4)).isEqualTo(EvidenceFlag.SUPPORTED);
    }

    @Test
    void knowledgeManagement26_articlesAre1_articlesFromResolvedTicketsAre2AtLeast() {
        assertThat(EvidenceRules.knowledgeManagement(new KnowledgeFigures(12, 0, 0, 0, 0)).level()).isNull();
        SupportedLevel adHoc = EvidenceRules.knowledgeManagement(new KnowledgeFigures(12, 4, 0, 1, 1));
        assertThat(adHoc.level()).isEqualTo(1);
        assertThat(adHoc.reason()).contains("4 artikel pengetahuan terbit (0 dari tiket yang diselesaikan, 1 revisi) "
                + "dari 1 OPD penulis").contains("(Rintisan)");
        SupportedLevel managed = EvidenceRules.knowledgeManagement(new KnowledgeFigures(12, 4, 1, 0, 1));
        assertThat(managed.level()).isEqualTo(2);
        assertThat(managed.ceiling()).isEqualTo(2);
        assertThat(managed.flag(3)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
        assertThat(managed.figures()).containsEntry("fromTickets", 1L);
    }

    @Test
    void applicationDevelopment15_noneTestedIs1_someIs2_everyAppTestedIs3_everyAppTestedAndReviewedIs4AtLeast_A9() {
        assertThat(EvidenceRules.applicationDevelopment(new DevelopmentFigures(12, 0, 0, 0)).level()).isNull();
        assertThat(EvidenceRules.applicationDevelopment(new DevelopmentFigures(12, 4, 0, 3)).level()).isEqualTo(1);
        SupportedLevel some = EvidenceRules.applicationDevelopment(new DevelopmentFigures(12, 4, 3, 3));
        assertThat(some.level()).isEqualTo(2);
        assertThat(some.reason()).isEqualTo("Pembangunan aplikasi: 4 aplikasi dibangun melalui tahapan SDLC oleh 3 OPD, "
                + "3 lulus uji, 0 ditinjau kesesuaian fungsinya oleh Dinas — data mendukung level 2: baru sebagian "
                + "aplikasi diuji (Terkelola).");
        // every one tested, 3 of 4 reviewed by Dinas → 3; all 4 reviewed → at least 4 (the ceiling)
        SupportedLevel tested = EvidenceRules.applicationDevelopment(new DevelopmentFigures(12, 4, 4, 3, 3));
        assertThat(tested.level()).isEqualTo(3);
        assertThat(tested.ceiling()).isEqualTo(4);
        assertThat(tested.reason()).contains("belum semua ditinjau kesesuaian fungsinya");
        assertThat(tested.flag(4)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
        assertThat(tested.flag(3)).isEqualTo(EvidenceFlag.SUPPORTED);
        SupportedLevel reviewed = EvidenceRules.applicationDevelopment(new DevelopmentFigures(12, 4, 4, 3, 4));
        assertThat(reviewed.level()).isEqualTo(4);
        assertThat(reviewed.reason()).contains("sedikitnya level 4").contains("4 ditinjau kesesuaian");
        assertThat(reviewed.figures()).containsEntry("appsReviewed", 4L);
        assertThat(reviewed.flag(5)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
        // reviews without every app tested do not lift the level
        assertThat(EvidenceRules.applicationDevelopment(new DevelopmentFigures(12, 4, 3, 3, 4)).level()).isEqualTo(2);
    }

    private static IntegrationFigures linkage(int active, long integrations, long crossOpd, int takingPart) {
        return new IntegrationFigures(active, integrations, crossOpd, takingPart, crossOpd == 0 ? 0 : takingPart, 1);
    }

    @Test
    void serviceLinkage18_noneIsNoData_withinOpdsOnlyOrFewerThanHalfIs1_halfIs2_everyOpdIs3AtLeast_P1() {
        SupportedLevel none = EvidenceRules.serviceLinkage(linkage(12, 0, 0, 0));
        assertThat(none.level()).isNull();
        assertThat(none.ceiling()).isEqualTo(3);
        assertThat(none.flag(2)).isEqualTo(EvidenceFlag.NO_DATA);
        // 5 integrations, all inside their own OPD, 12 of 12 OPDs: still 1 — no linkage between OPDs
        SupportedLevel inside = EvidenceRules.serviceLinkage(linkage(12, 5, 0, 12));
        assertThat(inside.level()).isEqualTo(1);
        assertThat(inside.reason()).contains("belum antar-OPD");
        // cross-OPD, 5 of 12 OPDs (5 × 2 = 10 < 12) → 1; 6 of 12 → 2; 11 of 12 → 2; 12 of 12 → 3
        assertThat(EvidenceRules.serviceLinkage(linkage(12, 4, 2, 5)).level()).isEqualTo(1);
        SupportedLevel half = EvidenceRules.serviceLinkage(linkage(12, 4, 2, 6));
        assertThat(half.level()).isEqualTo(2);
        assertThat(half.reason()).isEqualTo("Sistem penghubung layanan: 4 integrasi aktif (2 antar-OPD, 1 melalui "
                + "aplikasi penghubung), 6 dari 12 OPD terlibat — data mendukung level 2: baru sebagian OPD "
                + "menggunakan sistem penghubung layanan (Terkelola).");
        assertThat(half.flag(3)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
        assertThat(EvidenceRules.serviceLinkage(linkage(12, 9, 6, 11)).level()).isEqualTo(2);
        SupportedLevel all = EvidenceRules.serviceLinkage(linkage(12, 14, 8, 12));
        assertThat(all.level()).isEqualTo(3);
        assertThat(all.reason()).contains("sedikitnya level 3").contains("provinsi dan pusat tidak tercatat");
        assertThat(all.figures()).containsEntry("opdsTakingPart", 12).containsEntry("crossOpd", 8L);
        assertThat(all.flag(3)).isEqualTo(EvidenceFlag.SUPPORTED);
        assertThat(all.flag(4)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
    }

    private static AssetFigures assets(int active, int withApplications, int withAssets, boolean reviewFrozen) {
        return new AssetFigures(active, withApplications * 2L, withApplications, 1, 3, 4, 2, withAssets, reviewFrozen);
    }

    @Test
    void assetManagement24_noneIsNoData_fewerThanHalfIs1_halfIs2_everyOpdsApplicationsIs3_frozenReviewIs4() {
        SupportedLevel none = EvidenceRules.assetManagement(assets(10, 0, 0, true));
        assertThat(none.level()).isNull();
        assertThat(none.ceiling()).isEqualTo(4);
        // assets for 4 of 10 OPDs (4 × 2 < 10) → 1; 5 of 10 → 2
        assertThat(EvidenceRules.assetManagement(assets(10, 4, 4, false)).level()).isEqualTo(1);
        SupportedLevel half = EvidenceRules.assetManagement(assets(10, 3, 5, false));
        assertThat(half.level()).isEqualTo(2);
        assertThat(half.reason()).isEqualTo("Manajemen aset TIK: aset TIK tercatat untuk 5 dari 10 OPD: 6 aplikasi "
                + "dari 3 OPD (1 dihapus), 3 VPS, 4 lokasi jaringan, 2 sirkuit WAN; reviu pemanfaatan pusat data tahun "
                + "ini belum ditetapkan — data mendukung level 2: baru sebagian OPD aplikasinya tercatat (Terkelola).");
        // every OPD holds some asset but one has no application registered → still 2
        assertThat(EvidenceRules.assetManagement(assets(10, 9, 10, true)).level()).isEqualTo(2);
        SupportedLevel recorded = EvidenceRules.assetManagement(assets(10, 10, 10, false));
        assertThat(recorded.level()).isEqualTo(3);
        assertThat(recorded.reason()).contains("reviu pemanfaatan tahunan belum ditetapkan");
        assertThat(recorded.figures()).containsEntry("usageReviewFrozen", 0);
        SupportedLevel reviewed = EvidenceRules.assetManagement(assets(10, 10, 10, true));
        assertThat(reviewed.level()).isEqualTo(4);
        assertThat(reviewed.reason()).contains("sedikitnya level 4").contains("sudah ditetapkan");
        assertThat(reviewed.flag(5)).isEqualTo(EvidenceFlag.ABOVE_SUPPORTED);
        assertThat(reviewed.flag(4)).isEqualTo(EvidenceFlag.SUPPORTED);
    }
}
