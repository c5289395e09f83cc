package id.go.spbe.monev.evaluation.domain;

import id.go.spbe.monev.evaluation.MonevRegulationProperties;
import id.go.spbe.monev.evaluation.domain.EvaluationEvents.EvaluationFinalised;
import id.go.spbe.monev.evaluation.domain.EvaluationEvents.EvaluationPublished;
import id.go.spbe.monev.evaluation.domain.EvaluationEvents.EvaluationReturned;
import id.go.spbe.monev.evaluation.domain.EvaluationEvents.IndicatorAssessed;
import id.go.spbe.monev.framework.domain.ArchitectureDomain;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.Frameworks;
import id.go.spbe.monev.framework.domain.IndexCalculator;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** M1, M3: the evaluation's stages, who answers for which indicator, and the lock once final. */
class EvaluationTest {

    static final Framework SPBE = Frameworks.permenpanrb59();
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final Map<Unit, String> UNITS = Map.of(Unit.DINAS, "DISKOMINFO", Unit.BAPPEDA, "BAPPEDA",
            Unit.BAGIAN_ORGANISASI, "SETDA-ORG");

    static Map<ArchitectureDomain, Unit> coordinators(String profile) {
        return RegionProfiles.bind(profile, "spbe.regulation.monev", MonevRegulationProperties.class).coordinators();
    }

    static Evaluation open(String profile) {
        return Evaluation.open(2025, SPBE, coordinators(profile), UNITS, "admin.dinas", NOW);
    }

    static Evaluation allProposed(int level) {
        Evaluation evaluation = open("bitung");
        evaluation.indicators().forEach(i -> evaluation.propose(i.no(), level, "uraian",
                List.of("https://jdih.example.go.id/doc-1"), "operator", NOW));
        return evaluation;
    }

    @Test
    void inBitungEachArchitectureDomainGoesToItsCoordinatingUnit_M3() {
        Evaluation bitung = open("bitung");
        Map<Unit, List<String>> byUnit = bitung.indicators().stream().collect(Collectors.groupingBy(
                IndicatorAssessment::unit, Collectors.mapping(IndicatorAssessment::no, Collectors.toList())));
        assertThat(byUnit.keySet()).containsExactlyInAnyOrder(Unit.DINAS, Unit.BAPPEDA, Unit.BAGIAN_ORGANISASI);
        assertThat(byUnit.get(Unit.BAPPEDA)).contains("3", "23", "43").doesNotContain("15");
        assertThat(byUnit.get(Unit.BAGIAN_ORGANISASI)).contains("11", "28", "32", "47");
        assertThat(byUnit.get(Unit.DINAS)).contains("15", "16", "22", "29");
        assertThat(bitung.indicator("43").orElseThrow().opd()).isEqualTo("BAPPEDA");
    }

    @Test
    void inRejangLebongDinasRunsTheWholeSelfEvaluation_M3() {
        Evaluation rejangLebong = open("rejang-lebong");
        assertThat(rejangLebong.indicators()).hasSize(47)
                .allSatisfy(i -> assertThat(i.unit()).isEqualTo(Unit.DINAS));
        assertThat(rejangLebong.unitOpds()).containsOnlyKeys(Unit.DINAS);
    }

    @Test
    void aUnitTheProfileUsesMustBeHeldByAnOpd_M3() {
        assertThatThrownBy(() -> Evaluation.open(2025, SPBE, coordinators("bitung"),
                Map.of(Unit.DINAS, "DISKOMINFO"), "admin.dinas", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.obligation()).isEqualTo("M3"));
    }

    @Test
    void selfAssessmentOnlyDuringPenilaianMandiriAndTheIndexNeedsEveryIndicator_M1() {
        Evaluation evaluation = open("bitung");
        evaluation.propose("1", 3, "Perbup arsitektur", List.of("https://jdih.example.go.id/doc-1"), "operator",
                NOW);
        assertThatThrownBy(() -> evaluation.advance(EvaluationStage.PENILAIAN_DOKUMEN, null, "admin", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.obligation()).isEqualTo("M1");
                    assertThat(e.getMessage()).contains("2").doesNotContain("[1,");
                });
        assertThatThrownBy(() -> evaluation.adjust("1", 2, "kurang bukti", "evaluator", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void evaluatorsAdjustWithACommentAndTheHistoryKeepsTheProposal_M1() {
        Evaluation evaluation = allProposed(3);
        evaluation.advance(EvaluationStage.PENILAIAN_DOKUMEN, "mandiri selesai", "admin", NOW);
        assertThatThrownBy(() -> evaluation.propose("1", 4, "x", List.of(), "operator", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> evaluation.adjust("1", 2, " ", "evaluator", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.obligation()).isEqualTo("M1"));
        evaluation.adjust("1", 2, "Perbup belum ditetapkan", "evaluator", NOW);
        IndicatorAssessment one = evaluation.indicator("1").orElseThrow();
        assertThat(one.level()).isEqualTo(2);
        assertThat(one.proposedLevel()).isEqualTo(3);
        IndicatorAssessed adjusted = (IndicatorAssessed) evaluation.raisedEvents()
                .get(evaluation.raisedEvents().size() - 1);
        assertThat(adjusted.kind()).isEqualTo(AssessmentKind.ADJUSTMENT);
        assertThat(adjusted.previousLevel()).isEqualTo(3);
        assertThat(adjusted.note()).isEqualTo("Perbup belum ditetapkan");
    }

    @Test
    void theVisitIsOptionalAndFinalLocksEverything_M1() {
        Evaluation evaluation = allProposed(4);
        evaluation.advance(EvaluationStage.PENILAIAN_DOKUMEN, null, "admin", NOW);
        assertThatThrownBy(() -> evaluation.finalise(IndexCalculator.compute(SPBE, evaluation.levels()), null,
                "evaluator", NOW)).isInstanceOf(StateConflictException.class);
        evaluation.advance(EvaluationStage.INTERVIU, null, "evaluator", NOW);
        assertThatThrownBy(() -> evaluation.advance(EvaluationStage.FINAL, null, "evaluator", NOW))
                .isInstanceOf(StateConflictException.class);
        evaluation.finalise(IndexCalculator.compute(SPBE, evaluation.levels()), "tanpa visitasi", "evaluator", NOW);
        assertThat(evaluation.stage()).isEqualTo(EvaluationStage.FINAL);
        assertThat(evaluation.finalIndex()).isEqualByComparingTo("4.00");
        assertThat(evaluation.finalPredicate()).isEqualTo("Sangat Baik");
        assertThat(evaluation.raisedEvents().get(evaluation.raisedEvents().size() - 1))
                .isInstanceOf(EvaluationFinalised.class);

        assertThatThrownBy(() -> evaluation.adjust("1", 5, "terlambat", "evaluator", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> evaluation.propose("1", 5, "terlambat", List.of(), "operator", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> evaluation.advance(EvaluationStage.VISITASI, null, "evaluator", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> evaluation.finalise(IndexCalculator.compute(SPBE, evaluation.levels()), null,
                "evaluator", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void levelsOutsideOneToFiveAreRefused_M1() {
        Evaluation evaluation = open("bitung");
        assertThatThrownBy(() -> evaluation.propose("1", 6, "x", List.of(), "operator", NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> evaluation.propose("1", 0, "x", List.of(), "operator", NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    /** Final after the visit, as the coordinator finds it. */
    static Evaluation finalAfterVisit() {
        Evaluation evaluation = allProposed(3);
        evaluation.advance(EvaluationStage.PENILAIAN_DOKUMEN, null, "admin.dinas", NOW);
        evaluation.advance(EvaluationStage.INTERVIU, null, "evaluator", NOW);
        evaluation.advance(EvaluationStage.VISITASI, null, "evaluator", NOW);
        evaluation.finalise(IndexCalculator.compute(SPBE, evaluation.levels()), null, "evaluator", NOW);
        return evaluation;
    }

    @Test
    void aReturnReopensTheVisitWhenFinalisingLeftTheVisitAndNeedsAReason_G2() {
        Evaluation evaluation = finalAfterVisit();
        assertThatThrownBy(() -> evaluation.returnForRevision(" ", "sekda", NOW))
                .isInstanceOf(RuleViolationException.class);
        evaluation.returnForRevision("Bukti visitasi belum lengkap", "sekda", NOW);
        assertThat(evaluation.stage()).isEqualTo(EvaluationStage.VISITASI);
        assertThat(evaluation.finalIndex()).isNull();
        assertThat(evaluation.returnReason()).isEqualTo("Bukti visitasi belum lengkap");
        assertThat(evaluation.raisedEvents()).last().isInstanceOf(EvaluationReturned.class)
                .extracting(event -> ((EvaluationReturned) event).to()).isEqualTo("VISITASI");
        evaluation.adjust("1", 4, "setelah dikembalikan", "evaluator", NOW);
        evaluation.finalise(IndexCalculator.compute(SPBE, evaluation.levels()), null, "evaluator", NOW);
        assertThat(evaluation.stage()).isEqualTo(EvaluationStage.FINAL);
    }

    @Test
    void onlyAFinalResultIsApprovedAndOnlyOnceThenNothingReturnsIt_G2() {
        Evaluation open = allProposed(3);
        assertThatThrownBy(() -> open.approve("Tim Koordinasi SPBE", "Wali Kota", "sekda", null, NOW))
                .isInstanceOf(StateConflictException.class);
        Evaluation evaluation = finalAfterVisit();
        evaluation.approve("Tim Koordinasi SPBE", "Wali Kota melalui Ketua Tim Koordinasi SPBE", "sekda", null,
                NOW);
        assertThat(evaluation.published()).isTrue();
        assertThat(evaluation.raisedEvents()).last().isInstanceOfSatisfying(EvaluationPublished.class, published -> {
            assertThat(published.index()).isEqualByComparingTo("3.00");
            assertThat(published.approvedBy()).isEqualTo("sekda");
        });
        assertThatThrownBy(() -> evaluation.approve("Tim Koordinasi SPBE", "x", "sekda", null, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> evaluation.returnForRevision("terlambat", "sekda", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void theApproverIsNamedByFullNameWhenTheTokenHadOne_elseByUsername_G2_M2() {
        Evaluation named = finalAfterVisit();
        named.approve("Tim Koordinasi SPBE", "Wali Kota", "sekda", "  Ir. Audy Pangemanan  ", NOW);
        assertThat(named.publishedByDisplayName()).isEqualTo("Ir. Audy Pangemanan");
        assertThat(named.publishedBy()).isEqualTo("sekda");
        Evaluation unnamed = finalAfterVisit();
        unnamed.approve("Tim Koordinasi SPBE", "Wali Kota", "sekda", " ", NOW);
        assertThat(unnamed.publishedByName()).isNull();
        assertThat(unnamed.publishedByDisplayName()).isEqualTo("sekda");
    }

    static EvidenceDocument document(String id, LocalDate validUntil) {
        return new EvidenceDocument(id, "Perbup", id + ".pdf", "application/pdf", 10, "0".repeat(64), "UNSIGNED",
                validUntil, "operator", NOW);
    }

    @Test
    void aProposalNamesOnlyItsIndicatorsUploadsOrLinksAndExpiredOnesAreFlaggedAtTheClosingDate_M1() {
        Evaluation evaluation = open("bitung");
        evaluation.addEvidence("23", List.of(document("aaa", LocalDate.of(2026, 3, 10)),
                document("bbb", null)), "operator", NOW);
        assertThatThrownBy(() -> evaluation.propose("3", 3, "x", List.of("aaa"), "operator", NOW))
                .as("indicator 23's document does not prove indicator 3")
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("M1"));
        assertThatThrownBy(() -> evaluation.propose("23", 3, "x", List.of("http://jdih.example.go.id/a"), "op",
                NOW)).as("only https:// links").isInstanceOf(RuleViolationException.class);
        evaluation.propose("23", 3, "x", List.of("aaa", "bbb", "https://jdih.example.go.id/a"), "operator", NOW);

        ZoneId wita = ZoneId.of("Asia/Makassar");
        IndicatorAssessment indicator = evaluation.indicator("23").orElseThrow();
        LocalDate open = evaluation.evidenceAsOf(wita, LocalDate.of(2026, 3, 10));
        assertThat(indicator.expiredEvidenceIds(open)).as("valid through its last day").isEmpty();
        assertThat(indicator.expiredEvidenceIds(evaluation.evidenceAsOf(wita, LocalDate.of(2026, 3, 11))))
                .as("while the self-assessment is open, judged at today").containsExactly("aaa");

        evaluation.indicators().stream().filter(i -> i.level() == null).forEach(i -> evaluation.propose(i.no(), 3,
                "x", List.of(), "operator", NOW));
        evaluation.advance(EvaluationStage.PENILAIAN_DOKUMEN, null, "admin", Instant.parse("2026-03-09T20:00:00Z"));
        LocalDate closed = evaluation.evidenceAsOf(wita, LocalDate.of(2027, 1, 1));
        assertThat(closed).as("the closing day in the region's zone, not today").isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(indicator.expiredEvidenceIds(closed)).isEmpty();
        assertThatThrownBy(() -> evaluation.addEvidence("23", List.of(document("ccc", null)), "operator", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    /**
     * M1, evaluations stored before the closing time was kept: past the self-assessment with no
     * {@code selfAssessmentClosedAt}, evidence is judged at the day the history says the self-assessment closed (the
     * stage change out of PENILAIAN_MANDIRI), not today; only with no such entry at all is it today. While the
     * self-assessment is open, a history time is ignored.
     */
    @Test
    void anEvaluationStoredWithoutItsClosingTimeJudgesEvidenceAtTheHistorysClosingDay_M1() {
        ZoneId wita = ZoneId.of("Asia/Makassar");
        Instant closedPerHistory = Instant.parse("2026-03-09T20:00:00Z"); // 10 March in WITA
        LocalDate today = LocalDate.of(2027, 1, 1);
        Evaluation evaluation = open("bitung");
        assertThat(evaluation.closingTimeUnrecorded()).isFalse();
        assertThat(evaluation.evidenceAsOf(wita, today, closedPerHistory)).as("still open: today").isEqualTo(today);

        evaluation.indicators().forEach(i -> evaluation.propose(i.no(), 3, "x", List.of(), "operator", NOW));
        evaluation.advance(EvaluationStage.PENILAIAN_DOKUMEN, null, "admin", closedPerHistory);
        ReflectionTestUtils.setField(evaluation, "selfAssessmentClosedAt", null); // as stored before the change
        assertThat(evaluation.closingTimeUnrecorded()).isTrue();
        assertThat(evaluation.evidenceAsOf(wita, today, closedPerHistory)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(evaluation.evidenceAsOf(wita, today, null)).as("no history entry either: today").isEqualTo(today);
        assertThat(evaluation.evidenceAsOf(wita, today)).isEqualTo(today);
    }
}
