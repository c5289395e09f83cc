package id.go.spbe.monev.compliance.domain;

import id.go.spbe.monev.compliance.ComplianceProperties;
import id.go.spbe.monev.compliance.domain.ComplianceAssessment.Records;
import id.go.spbe.monev.compliance.domain.ComplianceReport.Check;
import id.go.spbe.monev.compliance.domain.ComplianceReport.Status;
import id.go.spbe.monev.evaluation.MonevRegulationProperties;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.EvaluationStage;
import id.go.spbe.monev.evaluation.domain.Unit;
import id.go.spbe.monev.evidence.domain.AssetFigures;
import id.go.spbe.monev.evidence.domain.DataCenterFigures;
import id.go.spbe.monev.evidence.domain.EvidenceFlag;
import id.go.spbe.monev.evidence.domain.EvidenceRules;
import id.go.spbe.monev.evidence.domain.IntegrationFigures;
import id.go.spbe.monev.evidence.domain.KnowledgeFigures;
import id.go.spbe.monev.evidence.domain.NetworkFigures;
import id.go.spbe.monev.evidence.domain.TicketFigures;
import id.go.spbe.monev.evidence.domain.SupportedLevel;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.Frameworks;
import id.go.spbe.monev.framework.domain.IndexCalculator;
import id.go.spbe.monev.planning.PlanningRules;
import id.go.spbe.monev.planning.domain.PlanningDocument;
import id.go.spbe.monev.planning.domain.PlanningKind;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC4 from the shipped profiles: Samarinda's regulation gives existing systems until 17 May 2020 to comply (SM p36,
 * two years after 17 May 2018) and the view lists what monev's records show still falls short; Rejang Lebong's sets
 * no deadline, and the view says so instead of failing.
 */
class ComplianceAssessmentTest {

    static final Framework SPBE = Frameworks.permenpanrb59();
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    static ComplianceProperties compliance(String profile) {
        return RegionProfiles.bind(profile, "spbe.regulation.compliance", ComplianceProperties.class);
    }

    /** Samarinda's profile names no planning terms: the service takes the national pattern (master plan 20/60). */
    static PlanningDocument plan(PlanningKind kind, int start, int end, LocalDate decree) {
        PlanningRules rules = new PlanningRules(null);
        return PlanningDocument.register(kind, rules.of(kind), kind + " " + start, start, end, "1/" + start, decree,
                "doc", "admin", NOW, TODAY);
    }

    /** Samarinda's 2025 evaluation, final after the interview, indicator 23 at level 1 and the rest at 3. */
    static Evaluation final2025() {
        MonevRegulationProperties monev = RegionProfiles.bind("samarinda", "spbe.regulation.monev",
                MonevRegulationProperties.class);
        Evaluation e = Evaluation.open(2025, SPBE, monev.coordinators(), Map.of(Unit.DINAS, "DISKOMINFO"),
                "admin", NOW);
        e.indicators().forEach(i -> e.propose(i.no(), i.no().equals("23") ? 1 : 3, "uraian", List.of("https://jdih.example.go.id/d"), "op",
                NOW));
        e.advance(EvaluationStage.PENILAIAN_DOKUMEN, null, "admin", NOW);
        e.advance(EvaluationStage.INTERVIU, null, "evaluator", NOW);
        e.finalise(IndexCalculator.compute(SPBE, e.levels()), null, "evaluator", NOW);
        return e;
    }

    @Test
    void samarindaListsWhatStillFallsShortOfItsPassedDeadline_SEC4() {
        assertThat(compliance("samarinda").deadlineDate()).hasValue(LocalDate.parse("2020-05-17"));
        // The master plan is 20 years (national pattern): one from 2021 is in force; its five-year review fell due
        // in 2026-01 and was not recorded.
        PlanningDocument masterPlan = plan(PlanningKind.RENCANA_INDUK, 2021, 2040,
                LocalDate.parse("2021-01-10"));
        ComplianceReport report = ComplianceAssessment.assess(compliance("samarinda").deadlineDate(),
                "Peraturan Walikota Samarinda Nomor 9 Tahun 2018", TODAY,
                new Records(List.of(masterPlan), final2025(), SPBE));

        assertThat(report.applies()).isTrue();
        assertThat(report.obligation()).isEqualTo("SEC4");
        assertThat(report.deadlinePassed()).isTrue();
        assertThat(report.daysFromDeadline()).isEqualTo(2388);
        assertThat(report.message()).startsWith("Batas waktu penyesuaian 2020-05-17 telah lewat 2388 hari");
        assertThat(report.checks()).extracting(Check::status, Check::obligation, Check::reference).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Status.SHORT, "G4", masterPlan.id()),
                org.assertj.core.groups.Tuple.tuple(Status.SHORT, "G2", "2025-permenpanrb-59-2020"),
                org.assertj.core.groups.Tuple.tuple(Status.SHORT, "M1", "23"),
                org.assertj.core.groups.Tuple.tuple(Status.MET, "G4", masterPlan.id()),
                org.assertj.core.groups.Tuple.tuple(Status.MET, "M1", "2025-permenpanrb-59-2020"));
        assertThat(report.checks().get(2).subject()).isEqualTo("23. Tingkat Kematangan Penerapan Manajemen Data");
        assertThat(report.shortfalls()).isEqualTo(3);
        assertThat(report.notVisible()).isNotEmpty().anySatisfy(line -> assertThat(line).contains("SM p14"));
    }

    @Test
    void withoutAMasterPlanOrAnEvaluationBothAreShortfalls_SEC4() {
        ComplianceReport report = ComplianceAssessment.assess(compliance("samarinda").deadlineDate(), "Perwali",
                TODAY, new Records(List.of(), null, null));
        assertThat(report.checks()).allMatch(c -> c.status() == Status.SHORT)
                .extracting(Check::area).containsExactly("PERENCANAAN", "EVALUASI");
    }

    @Test
    void rejangLebongSetsNoDeadlineAndTheViewSaysSo_SEC4() {
        assertThat(compliance("rejang-lebong").deadlineDate()).isEmpty();
        ComplianceReport report = ComplianceAssessment.assess(compliance("rejang-lebong").deadlineDate(),
                "Peraturan Bupati Rejang Lebong Nomor 6 Tahun 2022", TODAY, new Records(List.of(), null, null));
        assertThat(report.applies()).isFalse();
        assertThat(report.deadline()).isNull();
        assertThat(report.deadlinePassed()).isNull();
        assertThat(report.checks()).isEmpty();
        assertThat(report.message()).contains("tidak menetapkan batas waktu");
    }

    @Test
    void onlySamarindaOfTheShippedProfilesSetsADeadline_SEC4() {
        for (String profile : RegionProfiles.all()) {
            assertThat(compliance(profile).deadlineDate().isPresent()).as(profile)
                    .isEqualTo(profile.equals("samarinda"));
        }
    }

    @Test
    void evidenceFromOperationsJoinsTheView_claimAboveTheDataOrNoDataFallsShort_SEC4_linkage18_assets24() {
        // 2025 claims level 3 everywhere; the data centre's figures support 2, knowledge articles from tickets 2
        // (at least: ceiling 2, so a claim of 3 is above it too), and the network saw nothing.
        SupportedLevel dataCenter = EvidenceRules.dataCenter(DataCenterFigures.unmeasured(12, 5, 4, 4, 2));
        SupportedLevel knowledge = EvidenceRules.knowledgeManagement(new KnowledgeFigures(12, 3, 1, 0, 1));
        SupportedLevel network = EvidenceRules.network(new NetworkFigures(12, 0, 0, 0, 0));
        SupportedLevel change = EvidenceRules.changeManagement(new TicketFigures(12,
                9, 40, 30, 28, 2, 1, 1));
        // every OPD in an integration: at least 3, the claim of 3 is met; applications of 8 of 12 OPDs: 2, short
        SupportedLevel linkage = EvidenceRules.serviceLinkage(new IntegrationFigures(12, 20, 15, 12, 12, 0));
        SupportedLevel assets = EvidenceRules.assetManagement(new AssetFigures(12, 16, 8, 0, 5, 10, 4, 10, false));
        List<ComplianceAssessment.Evidence> evidence = List.of(
                new ComplianceAssessment.Evidence("16", "Tingkat Kematangan Layanan Pusat Data", 3, dataCenter,
                        dataCenter.flag(3)),
                new ComplianceAssessment.Evidence("17", "Jaringan", 3, network, network.flag(3)),
                new ComplianceAssessment.Evidence("18", "Sistem Penghubung Layanan", 3, linkage, linkage.flag(3)),
                new ComplianceAssessment.Evidence("24", "Manajemen Aset TIK", 3, assets, assets.flag(3)),
                new ComplianceAssessment.Evidence("26", "Pengetahuan", 3, knowledge, knowledge.flag(3)),
                new ComplianceAssessment.Evidence("27", "Perubahan", 2, change, change.flag(2)));
        ComplianceReport report = ComplianceAssessment.assess(compliance("samarinda").deadlineDate(),
                "Peraturan Walikota Samarinda Nomor 9 Tahun 2018", TODAY,
                new Records(List.of(), final2025(), SPBE, evidence));

        List<Check> operations = report.checks().stream().filter(c -> c.area().equals("OPERASIONAL")).toList();
        assertThat(operations).extracting(Check::reference, Check::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("16", Status.SHORT),
                org.assertj.core.groups.Tuple.tuple("17", Status.SHORT),
                org.assertj.core.groups.Tuple.tuple("24", Status.SHORT),
                org.assertj.core.groups.Tuple.tuple("26", Status.SHORT),
                org.assertj.core.groups.Tuple.tuple("18", Status.MET),
                org.assertj.core.groups.Tuple.tuple("27", Status.MET));
        assertThat(operations.get(0).subject()).isEqualTo("16. Tingkat Kematangan Layanan Pusat Data");
        assertThat(operations.get(0).detail()).startsWith("Klaim tingkat 3 di atas tingkat yang didukung data (2).")
                .contains("5 VPS beroperasi untuk 4 dari 12 OPD");
        assertThat(operations.get(0).basis()).isEqualTo("Bukti operasional 2025 (PermenPANRB 59/2020, Tabel 1)");
        assertThat(operations.get(1).detail()).contains("belum ada diagram LAN diterima");
        assertThat(operations.get(2).detail()).startsWith("Klaim tingkat 3 di atas tingkat yang didukung data (2).")
                .contains("aplikasi dari 8 OPD");
        assertThat(operations.get(5).detail()).startsWith("Klaim tingkat 2 didukung data.");
        assertThat(evidence.get(1).flag()).isEqualTo(EvidenceFlag.NO_DATA);
        // the shortfalls come first, as for every other check
        assertThat(report.checks().get(report.checks().size() - 1).status()).isEqualTo(Status.MET);
    }
}
