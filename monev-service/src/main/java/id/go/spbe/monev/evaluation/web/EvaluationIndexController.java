package id.go.spbe.monev.evaluation.web;

import id.go.spbe.monev.evaluation.EvaluationEvidence;
import id.go.spbe.monev.evaluation.EvaluationReadings;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.monev.evaluation.domain.Unit;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.ComparisonResponse;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.IndexResponse;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.IndicatorResponse;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.LevelChange;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.OpdViewResponse;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.ScoreView;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.WhatIfRequest;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.WhatIfResponse;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The index of an evaluation, the what-if preview, the year-over-year comparison and the per-OPD view (M1, M4). */
@RestController
@RequestMapping("/api/v1/evaluations/{id}")
@Tag(name = "Indeks SPBE", description = "Index per aspect, domain and overall with predicates; what-if; "
        + "year-over-year; per OPD (M1, M4)")
class EvaluationIndexController {

    private final EvaluationReadings readings;
    private final EvaluationEvidence evidence;

    EvaluationIndexController(EvaluationReadings readings, EvaluationEvidence evidence) {
        this.evidence = evidence;
        this.readings = readings;
    }

    @GetMapping("/index")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "The index: overall, per domain and per aspect, each with its predicate",
            description = "Weighted mean of the current levels; the published value is rounded half up to the "
                    + "framework's decimals and the predicate read from it. Indicators without a level are left "
                    + "out (see assessed/indicators/complete).")
    IndexResponse index(@PathVariable String id) {
        Evaluation evaluation = readings.get(id);
        return IndexResponse.of(id, readings.index(evaluation));
    }

    @PostMapping("/what-if")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Preview: change levels, see every index and predicate move (never stored)",
            description = "Also on a final evaluation. Nothing is written: no level, no version, no event.")
    WhatIfResponse whatIf(@PathVariable String id, @Valid @RequestBody WhatIfRequest request) {
        Map<String, Integer> changes = new LinkedHashMap<>();
        for (int i = 0; i < request.changes().size(); i++) {
            LevelChange change = request.changes().get(i);
            if (changes.put(change.indicator(), change.level()) != null) {
                throw new InvalidRequestException("changes[" + i + "].indicator", "Indikator '" + change.indicator()
                        + "' disebut dua kali.");
            }
        }
        var result = readings.whatIf(readings.get(id), changes);
        return new WhatIfResponse(id, request.changes(), EvaluationPayloads.movements(result.current(),
                result.preview()));
    }

    @GetMapping("/comparison")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Year-over-year comparison",
            description = "Against `previous` (an evaluation id), or by default the latest earlier year under the "
                    + "same framework (404 when there is none).")
    ComparisonResponse comparison(@PathVariable String id, @RequestParam(required = false) String previous) {
        return ComparisonResponse.of(readings.compare(readings.get(id), previous));
    }

    @GetMapping("/opds")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Every contributing OPD with its score (M4)",
            description = "The OPD holding each unit and the index over the indicators it answers for; an operator "
                    + "sees only its own OPD (an empty list when it answers for none).")
    List<OpdViewResponse> opds(@PathVariable String id, Caller caller) {
        Evaluation evaluation = readings.get(id);
        Framework framework = readings.frameworkOf(evaluation);
        java.time.LocalDate asOf = evidence.asOf(evaluation);
        return readings.opdViews(caller, evaluation).stream().map(view -> response(id, view, framework, asOf))
                .toList();
    }

    @GetMapping("/opds/{opd}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "What one OPD contributes and its score (M4)",
            description = "The indicators the OPD answers for (through the units it holds) and the index over "
                    + "them. Operators see only their own OPD (404 for another).")
    OpdViewResponse opd(@PathVariable String id, @PathVariable String opd, Caller caller) {
        Evaluation evaluation = readings.get(id);
        Framework framework = readings.frameworkOf(evaluation);
        return response(id, readings.opdView(caller, evaluation, opd), framework, evidence.asOf(evaluation));
    }

    private static OpdViewResponse response(String id, EvaluationReadings.OpdView view, Framework framework,
            java.time.LocalDate evidenceAsOf) {
        List<Unit> units = view.indicators().stream().map(IndicatorAssessment::unit).distinct().sorted().toList();
        return new OpdViewResponse(id, view.opd(), units, view.score().map(ScoreView::of).orElse(null),
                view.indicators().stream().map(a -> IndicatorResponse.of(a, framework, evidenceAsOf)).toList());
    }
}
