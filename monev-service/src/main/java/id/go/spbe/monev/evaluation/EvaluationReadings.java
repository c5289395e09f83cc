package id.go.spbe.monev.evaluation;

import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.monev.framework.FrameworkCatalogue;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.IndexCalculator;
import id.go.spbe.monev.framework.domain.IndexResult;
import id.go.spbe.monev.framework.domain.Levels;
import id.go.spbe.monev.framework.domain.Score;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading an evaluation: the list, its indicators (an OPD sees only the ones it answers for), the index, the
 * what-if preview (never written), the year-over-year comparison and the per-OPD view (M4).
 */
@Service
public class EvaluationReadings {

    private final EvaluationRepository evaluations;
    private final FrameworkCatalogue frameworks;

    EvaluationReadings(EvaluationRepository evaluations, FrameworkCatalogue frameworks) {
        this.evaluations = evaluations;
        this.frameworks = frameworks;
    }

    public Page<Evaluation> list(Integer year, String frameworkId, Pageable pageable) {
        if (year != null && frameworkId != null) {
            return evaluations.findByYearAndFrameworkId(year, frameworkId, pageable);
        }
        if (year != null) {
            return evaluations.findByYear(year, pageable);
        }
        if (frameworkId != null) {
            return evaluations.findByFrameworkId(frameworkId, pageable);
        }
        return evaluations.findAll(pageable);
    }

    public Evaluation get(String id) {
        return evaluations.findById(id).orElseThrow(() -> new NotFoundException("Evaluasi", id));
    }

    public Framework frameworkOf(Evaluation evaluation) {
        return frameworks.require(evaluation.frameworkId());
    }

    /** The indicators the caller may see: an OPD's own, or all (optionally one OPD's) for region-wide roles. */
    public List<IndicatorAssessment> indicators(Caller caller, Evaluation evaluation, String opd) {
        String scope = caller.listScope(opd);
        return evaluation.indicators().stream().filter(i -> scope == null || scope.equals(i.opd())).toList();
    }

    public IndicatorAssessment indicator(Caller caller, Evaluation evaluation, String no) {
        return EvaluationWorkflow.visibleIndicator(caller, evaluation, no);
    }

    public IndexResult index(Evaluation evaluation) {
        return IndexCalculator.compute(frameworkOf(evaluation), evaluation.levels());
    }

    /** The index before and after hypothetical levels; nothing is stored. */
    public record WhatIf(IndexResult current, IndexResult preview) {
    }

    public WhatIf whatIf(Evaluation evaluation, Map<String, Integer> changes) {
        Framework framework = frameworkOf(evaluation);
        Map<String, Integer> levels = new LinkedHashMap<>(evaluation.levels());
        int position = 0;
        for (var change : changes.entrySet()) {
            if (framework.indicator(change.getKey()).isEmpty()) {
                throw new InvalidRequestException("changes[" + position + "].indicator", "Indikator '"
                        + change.getKey() + "' tidak ada dalam kerangka " + framework.id() + ".");
            }
            if (change.getValue() == null || !Levels.valid(change.getValue())) {
                throw new InvalidRequestException("changes[" + position + "].level", "Tingkat harus 1 sampai 5.");
            }
            levels.put(change.getKey(), change.getValue());
            position++;
        }
        return new WhatIf(IndexCalculator.compute(framework, evaluation.levels()),
                IndexCalculator.compute(framework, levels));
    }

    /** The evaluation compared with another year's; aspects and domains only when both use the same framework. */
    public record Comparison(Evaluation current, IndexResult currentIndex, Evaluation previous,
            IndexResult previousIndex) {

        public boolean sameFramework() {
            return current.frameworkId().equals(previous.frameworkId());
        }
    }

    /** {@code previousId} null: the latest earlier year under the same framework (404 when there is none). */
    public Comparison compare(Evaluation current, String previousId) {
        Evaluation previous = previousId != null ? get(previousId)
                : evaluations.findByFrameworkIdAndYearLessThanOrderByYearDesc(current.frameworkId(), current.year())
                        .stream().findFirst().orElseThrow(() -> new NotFoundException("Evaluasi tahun sebelumnya",
                                current.frameworkId() + " < " + current.year()));
        return new Comparison(current, index(current), previous, index(previous));
    }

    /** M4: what one OPD answers for in an evaluation, and the index over those indicators. */
    public record OpdView(String opd, List<IndicatorAssessment> indicators, Optional<Score> score) {
    }

    /** M4: every OPD that answers for indicators (the caller's own only, for an operator), in code order. */
    public List<OpdView> opdViews(Caller caller, Evaluation evaluation) {
        String scope = caller.listScope(null);
        return evaluation.indicators().stream().map(IndicatorAssessment::opd).distinct().sorted()
                .filter(opd -> scope == null || scope.equals(opd)).map(opd -> opdView(caller, evaluation, opd))
                .toList();
    }

    public OpdView opdView(Caller caller, Evaluation evaluation, String opd) {
        caller.requireVisible(opd, "OPD", opd);
        List<IndicatorAssessment> own = evaluation.indicators().stream().filter(i -> opd.equals(i.opd())).toList();
        Set<String> nos = own.stream().map(IndicatorAssessment::no).collect(Collectors.toSet());
        Optional<Score> score = own.isEmpty() ? Optional.empty()
                : Optional.of(IndexCalculator.scoreOf(frameworkOf(evaluation), evaluation.levels(), nos));
        return new OpdView(opd, own, score);
    }
}
