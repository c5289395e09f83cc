package id.go.spbe.monev.evaluation.web;

import id.go.spbe.monev.evaluation.EvaluationReadings;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.EvaluationStage;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.monev.evaluation.domain.Unit;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.FrameworkStatus;
import id.go.spbe.monev.framework.domain.IndexResult;
import id.go.spbe.monev.framework.domain.Indicator;
import id.go.spbe.monev.framework.domain.Score;
import id.go.spbe.platform.domain.ChangeHistory;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Requests and responses of the evaluation endpoints: the web layer's own records. */
final class EvaluationPayloads {

    static final String OPD_CODE = "[A-Z][A-Z0-9_-]{1,29}";

    private EvaluationPayloads() {
    }

    /** {@code units}: OPD code per unit (M3); DINAS defaults to the caller's OPD. */
    record OpenEvaluationRequest(@NotNull @Min(2018) @Max(2100) Integer year,
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,59}") String frameworkId,
            @Nullable Map<Unit, @Pattern(regexp = OPD_CODE) String> units) {
    }

    record ProposalRequest(@NotNull @Min(1) @Max(5) Integer level, @NotBlank @Size(max = 4000) String explanation,
            @Schema(description = "Ids of documents uploaded as this indicator's evidence "
                    + "(…/indicators/{no}/evidence-documents), or https:// links to published documents; anything else is a "
                    + "422 M1")
            @Nullable @Size(max = 50) List<@NotBlank @Size(max = 100) String> evidenceDocumentIds) {
    }

    record AdjustmentRequest(@NotNull @Min(1) @Max(5) Integer level, @NotBlank @Size(max = 4000) String comment) {
    }

    record AdvanceRequest(@NotNull EvaluationStage to, @Nullable @Size(max = 2000) String note) {
    }

    /** G2: why the coordinator returns the result (mandatory). */
    record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record FinaliseRequest(@Nullable @Size(max = 2000) String note) {
    }

    record LevelChange(@NotBlank @Size(max = 20) String indicator, @NotNull @Min(1) @Max(5) Integer level) {
    }

    record WhatIfRequest(@NotEmpty @Size(max = 200) List<@NotNull @Valid LevelChange> changes) {
    }

    record EvaluationResponse(String id, int year, String frameworkId, String frameworkName,
            FrameworkStatus frameworkStatus, EvaluationStage stage, Map<Unit, String> units, int indicators, int assessed,
            String openedBy, Instant openedAt, Instant updatedAt, @Nullable BigDecimal finalIndex,
            @Nullable String finalPredicate, @Nullable String finalisedBy, @Nullable Instant finalisedAt,
            boolean published, @Nullable String publishedBy, @Nullable String publishedByName,
            @Nullable Instant publishedAt,
            @Nullable String publishedFor, @Nullable String returnReason, @Nullable String returnedBy,
            @Nullable Instant returnedAt) {

        static EvaluationResponse of(Evaluation e, Framework f) {
            return new EvaluationResponse(e.id(), e.year(), e.frameworkId(), f.name(), f.status(), e.stage(),
                    e.unitOpds(), e.indicators().size(), e.levels().size(), e.openedBy(), e.openedAt(),
                    e.updatedAt(), e.finalIndex(), e.finalPredicate(), e.finalisedBy(), e.finalisedAt(),
                    e.published(), e.publishedBy(), e.published() ? e.publishedByDisplayName() : null,
                    e.publishedAt(), e.publishedFor(), e.returnReason(),
                    e.returnedBy(), e.returnedAt());
        }
    }

    /** {@code level}: the adjusted level if an evaluator set one, else the proposed one. */
    record IndicatorResponse(String no, String name, BigDecimal weight, String aspectNo, String domainNo,
            @Nullable String architectureDomain, Unit unit, String opd, @Nullable Integer level,
            @Nullable Integer proposedLevel, @Nullable String explanation, List<String> evidenceDocumentIds,
            @Nullable String proposedBy, @Nullable Instant proposedAt, @Nullable Integer adjustedLevel,
            @Nullable String adjustmentComment, @Nullable EvaluationStage adjustedIn, @Nullable String adjustedBy,
            @Nullable Instant adjustedAt,
            @Schema(description = "Of evidenceDocumentIds, the uploaded documents whose validity ended before the "
                    + "evaluation's assessment date (the day the self-assessment closed, today while it is open): "
                    + "flagged for the evaluators, never blocked (M1)") List<String> expiredEvidenceDocumentIds) {

        static IndicatorResponse of(IndicatorAssessment a, Framework f, LocalDate evidenceAsOf) {
            Indicator i = f.indicator(a.no()).orElseThrow();
            return new IndicatorResponse(a.no(), i.name(), i.weight(), f.aspectOfIndicator().get(a.no()).no(),
                    f.domainOfIndicator().get(a.no()).no(),
                    i.architectureDomain() == null ? null : i.architectureDomain().name(), a.unit(), a.opd(),
                    a.level(), a.proposedLevel(), a.explanation(), a.evidenceDocumentIds(), a.proposedBy(),
                    a.proposedAt(), a.adjustedLevel(), a.adjustmentComment(), a.adjustedIn(), a.adjustedBy(),
                    a.adjustedAt(), a.expiredEvidenceIds(evidenceAsOf));
        }
    }

    /**
     * One index: {@code value} is the published figure (rounded half up to the framework's decimals) and
     * {@code predicate} its predicate; {@code exact} is the weighted mean to 6 decimals. All three are null while no
     * indicator in scope has a level.
     */
    record ScoreView(@Nullable BigDecimal value, @Nullable String predicate, @Nullable BigDecimal exact,
            int assessed, int indicators, boolean complete) {

        static ScoreView of(Score s) {
            return new ScoreView(s.value(), s.predicate(),
                    s.exact() == null ? null : s.exact().setScale(6, RoundingMode.HALF_UP), s.assessed(),
                    s.indicators(), s.complete());
        }
    }

    record DomainIndex(String no, String name, ScoreView score) {
    }

    record AspectIndex(String no, String name, String domainNo, ScoreView score) {
    }

    record IndexResponse(String evaluationId, String frameworkId, ScoreView overall, List<DomainIndex> domains,
            List<AspectIndex> aspects) {

        static IndexResponse of(String evaluationId, IndexResult r) {
            return new IndexResponse(evaluationId, r.frameworkId(), ScoreView.of(r.overall()),
                    r.domains().stream().map(d -> new DomainIndex(d.no(), d.name(), ScoreView.of(d.score())))
                            .toList(),
                    r.aspects().stream().map(a -> new AspectIndex(a.no(), a.name(), a.domainNo(),
                            ScoreView.of(a.score()))).toList());
        }
    }

    /** How one scope moves: {@code delta} = after − before of the published values (null if either is missing). */
    record Movement(String scope, String no, String name, ScoreView before, ScoreView after,
            @Nullable BigDecimal delta, boolean predicateChanged) {

        static Movement of(String scope, String no, String name, Score before, Score after) {
            BigDecimal delta = before.value() == null || after.value() == null ? null
                    : after.value().subtract(before.value());
            return new Movement(scope, no, name, ScoreView.of(before), ScoreView.of(after), delta,
                    !Objects.equals(before.predicate(), after.predicate()));
        }
    }

    static List<Movement> movements(IndexResult before, IndexResult after) {
        List<Movement> moves = new ArrayList<>();
        moves.add(Movement.of("OVERALL", "-", "Indeks", before.overall(), after.overall()));
        for (int i = 0; i < before.domains().size(); i++) {
            var d = before.domains().get(i);
            moves.add(Movement.of("DOMAIN", d.no(), d.name(), d.score(), after.domains().get(i).score()));
        }
        for (int i = 0; i < before.aspects().size(); i++) {
            var a = before.aspects().get(i);
            moves.add(Movement.of("ASPECT", a.no(), a.name(), a.score(), after.aspects().get(i).score()));
        }
        return moves;
    }

    /** The what-if preview: every index before and after the hypothetical levels. Nothing is stored. */
    record WhatIfResponse(String evaluationId, List<LevelChange> changes, List<Movement> movements) {
    }

    /**
     * Year-over-year: every scope of this evaluation against the earlier one. Under different frameworks only the
     * overall index is compared ({@code sameFramework} false).
     */
    record ComparisonResponse(String evaluationId, int year, String previousEvaluationId, int previousYear,
            boolean sameFramework, List<Movement> movements) {

        static ComparisonResponse of(EvaluationReadings.Comparison c) {
            List<Movement> moves = c.sameFramework() ? EvaluationPayloads.movements(c.previousIndex(), c.currentIndex())
                    : List.of(Movement.of("OVERALL", "-", "Indeks", c.previousIndex().overall(),
                            c.currentIndex().overall()));
            return new ComparisonResponse(c.current().id(), c.current().year(), c.previous().id(),
                    c.previous().year(), c.sameFramework(), moves);
        }
    }

    /** M4: the indicators one OPD answers for and the index over them (null while it answers for none). */
    record OpdViewResponse(String evaluationId, String opd, List<Unit> units, @Nullable ScoreView score,
            List<IndicatorResponse> indicators) {
    }

    @Schema(name = "EvaluationHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }

        static HistoryResponse of(List<HistoryEntry> entries) {
            var broken = ChangeHistory.firstBrokenEntry(entries);
            return new HistoryResponse(broken.isEmpty(), broken.map(HistoryEntry::sequence).orElse(null), entries);
        }
    }
}
