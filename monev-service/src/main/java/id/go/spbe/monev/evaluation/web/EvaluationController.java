package id.go.spbe.monev.evaluation.web;

import id.go.spbe.monev.evaluation.EvaluationEvidence;
import id.go.spbe.monev.evaluation.EvaluationReadings;
import id.go.spbe.monev.evaluation.EvaluationWorkflow;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.EvaluationResponse;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.HistoryResponse;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.IndicatorResponse;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.OpenEvaluationRequest;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The yearly evaluations (M1): open, list, read, the indicators and the change history. */
@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "Evaluasi SPBE", description = "The yearly SPBE evaluation per framework (M1, M3)")
class EvaluationController {

    private static final Set<String> SORTABLE = Set.of("year", "frameworkId", "stage");

    private final EvaluationWorkflow workflow;
    private final EvaluationReadings readings;
    private final EvaluationEvidence evidence;
    private final ChangeHistoryLog histories;

    EvaluationController(EvaluationWorkflow workflow, EvaluationReadings readings, ChangeHistoryLog histories,
            EvaluationEvidence evidence) {
        this.evidence = evidence;
        this.workflow = workflow;
        this.readings = readings;
        this.histories = histories;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Open the year's evaluation under a framework (M1, Dinas only)",
            description = "One per year and framework (409 when it exists). Indicators go to the unit the profile "
                    + "names for their architecture domain (M3); `units` gives the OPD holding each unit (DINAS "
                    + "defaults to the caller's OPD). 422 G1 for an OPD the directory does not know, 422 M3 for a "
                    + "unit without OPD, 422 M1 for an unknown framework. Emits EvaluationOpened.")
    ResponseEntity<EvaluationResponse> open(@Valid @RequestBody OpenEvaluationRequest request, Caller caller) {
        Evaluation evaluation = workflow.open(caller, request.year(), request.frameworkId(), request.units());
        return ResponseEntity.created(Locations.of("/api/v1/evaluations", evaluation.id()))
                .eTag(ETags.of(evaluation.version()))
                .body(EvaluationResponse.of(evaluation, readings.frameworkOf(evaluation)));
    }

    @GetMapping
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "List evaluations", description = "Filters: year, frameworkId. Sort: year, frameworkId, "
            + "stage (default year descending).")
    PageResponse<EvaluationResponse> list(@RequestParam(required = false) @Min(2018) @Max(2100) Integer year,
            @RequestParam(required = false) String frameworkId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        PageRequest request = PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "year"));
        return PageResponse.of(readings.list(year, frameworkId, request),
                e -> EvaluationResponse.of(e, readings.frameworkOf(e)));
    }

    @GetMapping("/{id}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "One evaluation (stage, units, progress); ETag for If-Match")
    ResponseEntity<EvaluationResponse> get(@PathVariable String id) {
        Evaluation evaluation = readings.get(id);
        return ResponseEntity.ok().eTag(ETags.of(evaluation.version()))
                .body(EvaluationResponse.of(evaluation, readings.frameworkOf(evaluation)));
    }

    @GetMapping("/{id}/indicators")
    @ProblemResponses(403) // an operator asking for another OPD's indicators
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Indicators of an evaluation with their levels (M3)",
            description = "Operators see the indicators their OPD answers for; region-wide roles see all or filter "
                    + "by opd. In framework order.")
    PageResponse<IndicatorResponse> indicators(@PathVariable String id,
            @RequestParam(required = false) String opd, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Caller caller) {
        PageRequest request = PageRequests.of(page, size, null, Set.of(), Sort.unsorted());
        Evaluation evaluation = readings.get(id);
        Framework framework = readings.frameworkOf(evaluation);
        List<IndicatorAssessment> all = readings.indicators(caller, evaluation, opd);
        int from = (int) Math.min(request.getOffset(), all.size());
        int to = Math.min(from + request.getPageSize(), all.size());
        // once per page: for an evaluation stored before its closing time was kept, it reads the history
        LocalDate asOf = evidence.asOf(evaluation);
        return PageResponse.of(new PageImpl<>(all.subList(from, to), request, all.size()),
                a -> IndicatorResponse.of(a, framework, asOf));
    }

    @GetMapping("/{id}/indicators/{no}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "One indicator of an evaluation", description = "404 for an operator of another OPD.")
    IndicatorResponse indicator(@PathVariable String id, @PathVariable String no, Caller caller) {
        Evaluation evaluation = readings.get(id);
        return IndicatorResponse.of(readings.indicator(caller, evaluation, no), readings.frameworkOf(evaluation),
                evidence.asOf(evaluation));
    }

    @GetMapping("/{id}/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Tamper-evident history of every change to the evaluation (SEC1)")
    HistoryResponse history(@PathVariable String id) {
        return HistoryResponse.of(histories.of(readings.get(id)));
    }
}
