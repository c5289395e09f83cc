package id.go.spbe.monev.evaluation.web;

import id.go.spbe.monev.evaluation.EvaluationReadings;
import id.go.spbe.monev.evaluation.EvaluationWorkflow;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.EvaluationResponse;
import id.go.spbe.monev.evaluation.web.EvaluationPayloads.ReturnRequest;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * G2/M2: the governance body's coordinator signs off the final result — approves it (published) or returns it with a
 * reason (the last evaluator stage opens again). COORDINATOR only (403 otherwise); not final or already published is
 * a 409; If-Match optional, stale 412.
 */
@RestController
@RequestMapping("/api/v1/evaluations/{id}")
@Tag(name = "Evaluasi SPBE — pengesahan", description = "Sign-off by the governance body's coordinator (G2, M2)")
class EvaluationSignOffController {

    private final EvaluationWorkflow workflow;
    private final EvaluationReadings readings;

    EvaluationSignOffController(EvaluationWorkflow workflow, EvaluationReadings readings) {
        this.workflow = workflow;
        this.readings = readings;
    }

    @PostMapping("/approve")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Approve the final result and publish it (G2, M2; COORDINATOR only)",
            description = "Only a FINAL evaluation not yet published (else 409). Records who and when, names the "
                    + "profile's governance body; emits EvaluationPublished. The report loses its draft mark. The approver's "
                    + "full name (the token's name claim; the username when it has none) is kept for the report "
                    + "(publishedByName).")
    ResponseEntity<EvaluationResponse> approve(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(workflow.approve(caller, id, ifMatch));
    }

    @PostMapping("/return")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Return the final result to the evaluators with a reason (G2; COORDINATOR only)",
            description = "Only a FINAL evaluation not yet published (else 409); the reason is mandatory (400). "
                    + "Reopens the stage finalising left (INTERVIU or VISITASI) and clears the finalised index; "
                    + "emits EvaluationReturned.")
    ResponseEntity<EvaluationResponse> returnForRevision(@PathVariable String id,
            @Valid @RequestBody ReturnRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(workflow.returnForRevision(caller, id, request.reason().strip(), ifMatch));
    }

    private ResponseEntity<EvaluationResponse> reply(Evaluation evaluation) {
        return ResponseEntity.ok().eTag(ETags.of(evaluation.version()))
                .body(EvaluationResponse.of(evaluation, readings.frameworkOf(evaluation)));
    }
}
