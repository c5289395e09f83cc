package id.go.spbe.monev.report;

import id.go.spbe.monev.evaluation.GovernanceProperties;
import id.go.spbe.monev.evaluation.MonevRegulationProperties;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.EvaluationStage;
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
import id.go.spbe.monev.evidence.domain.DataCenterFigures;
import id.go.spbe.monev.evidence.domain.EvidenceRules;
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
    void theReportShowsWhatOperationsDataSupportsBesideEachCoveredClaim_M2_dataCenter16_knowledge26()
            throws IOException {
        MonevRegulationProperties monev = RegionProfiles.bind("bitung", "spbe.regulation.monev",
                MonevRegulationProperties.class);
        GovernanceProperties governance = RegionProfiles.bind("bitung", "spbe.regulation.governance",
                GovernanceProperties.class);
        Evaluation evaluation = approved(monev, governance); // every claim at level 3
        List<IndicatorEvidence> evidence = List.of(
                evidence(evaluation, EvidenceRules.dataCenter(DataCenterFigures.unmeasured(12, 5, 4, 4, 2))),
                evidence(evaluation, EvidenceRules.knowledgeManagement(new KnowledgeFigures(12, 0, 0, 0, 0))),
                evidence(evaluation, EvidenceRules.network(new NetworkFigures(12, 12, 0, 0, 3))));
        var report = EvaluationReport.report(evaluation, SPBE, IndexCalculator.compute(SPBE, evaluation.levels()),
                null, evidence, governance, monev);

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
                .contains("PermenPANRB 59/2020, Lampiran, Tabel 1");
        String withoutEvidence = text(renderer("bitung").render(EvaluationReport.report(evaluation, SPBE,
                IndexCalculator.compute(SPBE, evaluation.levels()), null, governance, monev)));
        assertThat(withoutEvidence).contains("Tidak ada indikator kerangka ini yang dapat dibuktikan");
    }
}
