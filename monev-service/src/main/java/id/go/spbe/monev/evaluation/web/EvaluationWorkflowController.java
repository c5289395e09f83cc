package id.go.spbe.monev.evaluation.web;

import id.go.spbe.monev.evaluation.EvaluationEvidence;
import id.go.spbe.monev.evaluation.EvaluationReadings;
import id.go.spbe.monev.evaluation.EvaluationWorkflow;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.AdjustmentRequest;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.AdvanceRequest;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.EvaluationResponse;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.FinaliseRequest;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.IndicatorResponse;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.ProposalRequest;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The steps of an evaluation, one endpoint each (own authorisation, history entry and event). If-Match (the
 * evaluation's ETag) is optional; stale is 412. Any change once FINAL is a 409.
 */
@RestController
@RequestMapping("/api/v1/evaluations/{id}")
@Tag(name = "Evaluasi SPBE — alur kerja", description = "Self-assessment, evaluator adjustments, stages (M1, M3)")
class EvaluationWorkflowController {

    private static final String IF_MATCH = "If-Match";

    private final EvaluationWorkflow workflow;
    private final EvaluationReadings readings;
    private final EvaluationEvidence evidence;

    EvaluationWorkflowController(EvaluationWorkflow workflow, EvaluationReadings readings,
            EvaluationEvidence evidence) {
        this.evidence = evidence;
        this.workflow = workflow;
        this.readings = readings;
    }

    @PutMapping("/indicators/{no}/proposal")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Propose a level for one of your unit's indicators (M3, PENILAIAN_MANDIRI)",
            description = "Only the OPD holding the indicator's unit: another OPD's operator gets 404, Dinas for "
                    + "another unit's indicator 403. Level 1–5, an explanation and evidence: ids of documents "
                    + "uploaded for this indicator or https:// links (else 422 M1). 409 outside self-assessment. Emits IndicatorAssessed (SELF_ASSESSMENT).")
    ResponseEntity<IndicatorResponse> propose(@PathVariable String id, @PathVariable String no,
            @Valid @RequestBody ProposalRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        List<String> evidence = request.evidenceDocumentIds() == null ? List.of()
                : request.evidenceDocumentIds().stream().map(String::strip).distinct().toList();
        return indicator(workflow.propose(caller, id, no, request.level(), request.explanation().strip(), evidence,
                ifMatch), no);
    }

    @PostMapping("/indicators/{no}/adjust")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Adjust a level, with a mandatory comment (M1, evaluators only)",
            description = "During PENILAIAN_DOKUMEN, INTERVIU or VISITASI (else 409). Emits IndicatorAssessed "
                    + "(ADJUSTMENT).")
    ResponseEntity<IndicatorResponse> adjust(@PathVariable String id, @PathVariable String no,
            @Valid @RequestBody AdjustmentRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return indicator(workflow.adjust(caller, id, no, request.level(), request.comment().strip(), ifMatch), no);
    }

    @PostMapping("/advance")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR})
    @Operation(summary = "Move to the next stage",
            description = "PENILAIAN_MANDIRI → PENILAIAN_DOKUMEN (Dinas; every indicator needs a level, else 422 "
                    + "M1) → INTERVIU → VISITASI (evaluators). The visit is optional: finalise after INTERVIU. "
                    + "Emits EvaluationStageChanged.")
    ResponseEntity<EvaluationResponse> advance(@PathVariable String id, @Valid @RequestBody AdvanceRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.advance(caller, id, request.to(), request.note(), ifMatch));
    }

    @PostMapping("/finalise")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Finalise and lock (M1, evaluators only)",
            description = "From INTERVIU or VISITASI. Records the index and predicate as they stand; emits "
                    + "EvaluationStageChanged and EvaluationFinalised. Every later change is a 409.")
    ResponseEntity<EvaluationResponse> finalise(@PathVariable String id,
            @Valid @RequestBody(required = false) FinaliseRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.finalise(caller, id, request == null ? null : request.note(), ifMatch));
    }

    private ResponseEntity<EvaluationResponse> reply(Evaluation evaluation) {
        return ResponseEntity.ok().eTag(ETags.of(evaluation.version()))
                .body(EvaluationResponse.of(evaluation, readings.frameworkOf(evaluation)));
    }

    private ResponseEntity<IndicatorResponse> indicator(Evaluation evaluation, String no) {
        return ResponseEntity.ok().eTag(ETags.of(evaluation.version())).body(IndicatorResponse.of(
                evaluation.indicator(no).orElseThrow(), readings.frameworkOf(evaluation), evidence.asOf(evaluation)));
    }
}
