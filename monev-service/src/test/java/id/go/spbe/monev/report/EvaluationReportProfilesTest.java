package id.go.spbe.monev.report;

import id.go.spbe.monev.evaluation.GovernanceProperties;
import id.go.spbe.monev.evaluation.MonevRegulationProperties;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.EvaluationStage;
import id.go.spbe.monev.evaluation.domain.EvidenceDocument;
import id.go.spbe.monev.evaluation.domain.Unit;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.Frameworks;
import id.go.spbe.monev.framework.domain.IndexCalculator;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.reports.ReportProperties;
import id.go.spbe.platform.reports.ReportRenderer;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import id.go.spbe.monev.evidence.OperationsEvidence.IndicatorEvidence;
import id.go.spbe.monev.evidence.domain.AssetFigures;
import id.go.spbe.monev.evidence.domain.DataCenterFigures;
import id.go.spbe.monev.evidence.domain.EvidenceRules;
import id.go.spbe.monev.evidence.domain.IntegrationFigures;
import id.go.spbe.monev.evidence.domain.KnowledgeFigures;
import id.go.spbe.monev.evidence.domain.NetworkFigures;
import id.go.spbe.monev.evidence.domain.SupportedLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * M2 per profile, rendered from the shipped profile files with the platform's renderer (no service needed): the
 * report is addressed as each regulation says — the Tim Koordinasi SPBE in Rejang Lebong (RL p53(5)), the Bupati
 * through the Sekda in Maluku Tenggara (MT p29(4)), the Wali Kota through the Tim Koordinasi's chair in Bitung
 * (BT p48(4)) — and the sign-off names the profile's body and its members (G2: RL p51(3), BT p46(3); MT p20 names
 * none).
 */
class EvaluationReportProfilesTest {

    static final Framework SPBE = Frameworks.permenpanrb59();
    static final Instant NOW = Instant.parse("2026-07-15T03:00:00Z");
    static final Map<Unit, String> UNITS = Map.of(Unit.DINAS, "DISKOMINFO", Unit.BAPPEDA, "BAPPEDA",
            Unit.BAGIAN_ORGANISASI, "SETDA-ORG");

    static ReportRenderer renderer(String profile) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver("reports/", 1));
        engine.addTemplateResolver(resolver("spbe/reports/templates/", 2));
        RegionProfile region = RegionProfiles.bind(profile, "spbe.regulation", RegionProfile.class);
        return new ReportRenderer(engine, region, Map.of(), new ReportProperties("reports/", "id-ID", false, null),
                null, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ClassLoaderTemplateResolver resolver(String prefix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Every indicator at level 3 (index 3,00, Baik), finalised after the interview and approved by "sekda". */
    static Evaluation approved(MonevRegulationProperties monev, GovernanceProperties governance) {
        Evaluation e = Evaluation.open(2025, SPBE, monev.coordinators(), UNITS, "admin.dinas", NOW);
        e.indicators().forEach(i -> e.propose(i.no(), 3, "uraian", List.of("https://jdih.example.go.id/doc"), "operator", NOW));
        e.advance(EvaluationStage.PENILAIAN_DOKUMEN, null, "admin.dinas", NOW);
        e.advance(EvaluationStage.INTERVIU, null, "evaluator", NOW);
        e.finalise(IndexCalculator.compute(SPBE, e.levels()), null, "evaluator", NOW);
        e.approve(governance.body(), monev.reportTo(), "sekda", "Dra. Maria Sondakh, M.Si.", NOW);
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rejang-lebong   | Kabupaten Rejang Lebong   | Tim Koordinasi SPBE                          "
                    + "| Tim Koordinasi SPBE | Kepala Badan Pengelolaan Keuangan Daerah",
            "maluku-tenggara | Kabupaten Maluku Tenggara | Bupati melalui Sekretaris Daerah              "
                    + "| Tim Penilai SPBE    | Susunan keanggotaan ditetapkan dengan keputusan kepala daerah",
            "bitung          | Kota Bitung               | Wali Kota melalui Ketua Tim Koordinasi SPBE  "
                    + "| Tim Koordinasi SPBE | Sekretaris II: Kepala Bagian Organisasi Sekretariat Daerah"})
    void theReportIsAddressedAndSignedOffAsTheProfileSays_M2_G2(String profile, String region, String addressee,
            String body, String members) throws IOException {
        MonevRegulationProperties monev = RegionProfiles.bind(profile, "spbe.regulation.monev",
                MonevRegulationProperties.class);
        GovernanceProperties governance = RegionProfiles.bind(profile, "spbe.regulation.governance",
                GovernanceProperties.class);
        Evaluation evaluation = approved(monev, governance);
        var report = EvaluationReport.report(evaluation, SPBE, IndexCalculator.compute(SPBE, evaluation.levels()),
                null, governance, monev);
        assertThat(report.addressee()).isEqualTo(addressee);

        String text = text(renderer(profile).render(report));
        assertThat(text).contains(region).contains("Kepada Yth. " + addressee + " di " + region)
                .contains("Laporan Hasil Pemantauan dan Evaluasi SPBE Tahun 2025")
                .contains("Indeks SPBE Predikat 3,00 Baik")
                .contains("Disahkan oleh Dra. Maria Sondakh, M.Si. atas nama " + body + " pada 15 Juli 2026")
                .contains(body + ", diketuai Sekretaris Daerah").contains(members)
                .contains("Belum ada evaluasi tahun sebelumnya")
                .doesNotContain("DRAF");
    }

    static IndicatorEvidence evidence(Evaluation evaluation, SupportedLevel supported) {
        var assessment = evaluation.indicator(supported.indicatorNo()).orElseThrow();
        return new IndicatorEvidence(assessment, assessment.level(), supported, supported.flag(assessment.level()));
    }

    @Test
    void theReportShowsWhatOperationsDataSupportsBesideEachCoveredClaim_M2_dataCenter16_linkage18_assets24()
            throws IOException {
        MonevRegulationProperties monev = RegionProfiles.bind("bitung", "spbe.regulation.monev",
                MonevRegulationProperties.class);
        GovernanceProperties governance = RegionProfiles.bind("bitung", "spbe.regulation.governance",
                GovernanceProperties.class);
        Evaluation evaluation = approved(monev, governance); // every claim at level 3
        List<IndicatorEvidence> evidence = List.of(
                evidence(evaluation, EvidenceRules.dataCenter(DataCenterFigures.unmeasured(12, 5, 4, 4, 2))),
                evidence(evaluation, EvidenceRules.knowledgeManagement(new KnowledgeFigures(12, 0, 0, 0, 0))),
                evidence(evaluation, EvidenceRules.network(new NetworkFigures(12, 12, 0, 0, 3))),
                evidence(evaluation, EvidenceRules.serviceLinkage(new IntegrationFigures(12, 20, 15, 12, 12, 2))),
                evidence(evaluation, EvidenceRules.assetManagement(new AssetFigures(12, 30, 12, 2, 5, 14, 6, 12,
                        false))));
        var report = EvaluationReport.report(evaluation, SPBE, IndexCalculator.compute(SPBE, evaluation.levels()),
                null, evidence, null, governance, monev);

        String text = text(renderer("bitung").render(report));
        assertThat(text).contains("Bukti dari operasional")
                .contains("No. Indikator Klaim Didukung data Penilaian Alasan")
                // 16: claim 3, data supports 2 → flagged, with the sentence
                .contains("16 Tingkat Kematangan Layanan Pusat Data 3 2 Klaim di atas data Layanan pusat data: 5 VPS "
                        + "beroperasi untuk 4 dari 12 OPD, 4 dicadangkan dengan berhasil")
                // 26: nothing published that year → no data
                .contains("Tidak ada data Manajemen pengetahuan: belum ada artikel pengetahuan terbit")
                // 17: every OPD documented, 3 inspected → 3, which is not the ceiling (4): no "≥"
                .contains("3 3 Didukung data Jaringan intra: diagram LAN diterima untuk 12 dari 12 OPD")
                // 18: every OPD in an integration → at least 3, the ceiling; 24: every OPD's applications, no frozen
                // usage review → 3 of 4
                .contains("18 Tingkat Kematangan Penggunaan Sistem Penghubung Layanan Instansi")
                .contains("Daerah 3 ≥ 3 Didukung data Sistem penghubung layanan: 20 integrasi aktif (15 antar-OPD")
                .contains("24 Tingkat Kematangan Penerapan Manajemen Aset TIK 3 3 Didukung data Manajemen aset TIK: "
                        + "aset TIK tercatat untuk 12 dari 12 OPD: 30 aplikasi dari 12 OPD (2 dihapus), 5 VPS")
                .contains("PermenPANRB 59/2020, Lampiran, Tabel 1");
        String withoutEvidence = text(renderer("bitung").render(EvaluationReport.report(evaluation, SPBE,
                IndexCalculator.compute(SPBE, evaluation.levels()), null, governance, monev)));
        assertThat(withoutEvidence).contains("Tidak ada indikator kerangka ini yang dapat dibuktikan");
    }

    static EvidenceDocument document(String id, String title, String filename, LocalDate validUntil) {
        return new EvidenceDocument(id, title, filename, "application/pdf", 1024, "ab".repeat(32), "UNSIGNED",
                validUntil, "admin.dinas", NOW);
    }

    /**
     * M1 in the M2 report: every uploaded evidence document per indicator with its title, file name and validity,
     * judged at the day the self-assessment closed (here 15 July 2026): the SOP valid until 14 July 2026 expired the
     * day before and is flagged, the decree valid through 15 July 2026 still counts, the photograph has no end; a
     * document uploaded but not named by the proposal says so. Without uploads the section says there are none.
     */
    @Test
    void theReportListsTheUploadedEvidenceDocumentsPerIndicatorFlaggingTheExpired_M2_M1() throws IOException {
        MonevRegulationProperties monev = RegionProfiles.bind("bitung", "spbe.regulation.monev",
                MonevRegulationProperties.class);
        GovernanceProperties governance = RegionProfiles.bind("bitung", "spbe.regulation.governance",
                GovernanceProperties.class);
        Evaluation e = Evaluation.open(2025, SPBE, monev.coordinators(), UNITS, "admin.dinas", NOW);
        e.addEvidence("16", List.of(document("doc-sop", "SOP Pencadangan", "sop-pencadangan.pdf",
                LocalDate.of(2026, 7, 14)), document("doc-sk", "SK Pusat Data", "sk-pusat-data.pdf",
                LocalDate.of(2026, 7, 15))), "admin.dinas", NOW);
        e.addEvidence("28", List.of(document("doc-foto", "Foto layanan", "foto-layanan.png", null)), "admin.dinas",
                NOW);
        e.indicators().forEach(i -> e.propose(i.no(), 3, "uraian", i.no().equals("16") ? List.of("doc-sop", "doc-sk")
                : List.of("https://jdih.example.go.id/doc"), "operator", NOW));
        e.advance(EvaluationStage.PENILAIAN_DOKUMEN, null, "admin.dinas", NOW);
        LocalDate asOf = e.evidenceAsOf(ZoneOffset.UTC, LocalDate.of(2027, 1, 1));
        assertThat(asOf).isEqualTo(LocalDate.of(2026, 7, 15));

        String text = text(renderer("bitung").render(EvaluationReport.report(e, SPBE,
                IndexCalculator.compute(SPBE, e.levels()), null, List.of(), asOf, governance, monev)));
        assertThat(text).contains("Dokumen bukti")
                .contains("dinilai per 15 Juli 2026, tanggal penilaian mandiri ditutup.")
                .contains("No. Judul Berkas Berlaku sampai Keterangan Dirujuk usulan")
                .contains("16 SOP Pencadangan sop-pencadangan.pdf 14 Juli 2026 KEDALUWARSA ya")
                .contains("16 SK Pusat Data sk-pusat-data.pdf 15 Juli 2026 berlaku ya")
                .contains("28 Foto layanan foto-layanan.png tanpa batas - tidak");

        String none = text(renderer("bitung").render(EvaluationReport.report(approved(monev, governance), SPBE,
                IndexCalculator.compute(SPBE, e.levels()), null, governance, monev)));
        assertThat(none).contains("Belum ada dokumen bukti yang diunggah unit").doesNotContain("KEDALUWARSA");
    }
}
