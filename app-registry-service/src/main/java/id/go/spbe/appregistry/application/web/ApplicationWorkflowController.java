package id.go.spbe.appregistry.application.web;

import id.go.spbe.appregistry.application.ApplicationWorkflow;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ConformanceReview;
import id.go.spbe.appregistry.application.domain.TestResult;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.ApplicationResponse;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.ConformanceReviewRequest;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.ConsiderationRequest;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.NoteRequest;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.ReasonRequest;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.RecommendRequest;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.StageRequest;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.TestResultRequest;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workflow steps, one endpoint each so each has its own authorisation, history entry and event (A3–A9, A11).
 * Send If-Match to be sure you act on the version you reviewed (412 when stale); an illegal step is a 409.
 */
@RestController
@RequestMapping("/api/v1/applications/{id}")
@Tag(name = "Aplikasi SPBE — alur kerja", description = "Registration workflow and life cycle (A3-A9, A11)")
class ApplicationWorkflowController {

    private static final String IF_MATCH = "If-Match";

    private final ApplicationWorkflow workflow;

    ApplicationWorkflowController(ApplicationWorkflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/submit")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Submit to Dinas for a recommendation (A3)",
            description = "DRAFT or REJECTED → SUBMITTED. Needs service type (A11), function domain (A12) and licence (A4).")
    ResponseEntity<ApplicationResponse> submit(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.submit(caller, id, ifMatch));
    }

    @PostMapping("/closed-source-consideration")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Record Dinas's consideration of a closed-source application (A4)")
    ResponseEntity<ApplicationResponse> consider(@PathVariable String id,
            @Valid @RequestBody ConsiderationRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.considerClosedSource(caller, id, request.consideration(), ifMatch));
    }

    @PostMapping("/recommend")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Recommend (A3, Dinas only)",
            description = "SUBMITTED → RECOMMENDED. Closed source needs a recorded consideration (A4): record it "
                    + "before, or send closedSourceConsideration along.")
    ResponseEntity<ApplicationResponse> recommend(@PathVariable String id,
            @Valid @RequestBody(required = false) RecommendRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        RecommendRequest body = request == null ? new RecommendRequest(null, null) : request;
        return reply(workflow.recommend(caller, id, body.note(), body.closedSourceConsideration(), ifMatch));
    }

    @PostMapping("/reject")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Reject with a reason (A3, Dinas only)", description = "SUBMITTED → REJECTED.")
    ResponseEntity<ApplicationResponse> reject(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.reject(caller, id, request.reason(), ifMatch));
    }

    @PostMapping("/deposit")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Hand the application and its documents to Dinas (A8)",
            description = "RECOMMENDED → DEPOSITED; every document kind the regulation requires (A7) must be present.")
    ResponseEntity<ApplicationResponse> deposit(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.deposit(caller, id, ifMatch));
    }

    @PostMapping("/activate")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Put into operation (A6, Dinas only)",
            description = "DEPOSITED → ACTIVE; the SDLC must have reached IMPLEMENTATION on a passed test.")
    ResponseEntity<ApplicationResponse> activate(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.activate(caller, id, ifMatch));
    }

    @PostMapping("/decommission")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Retire the application, with a reason", description = "Emits ApplicationDecommissioned.")
    ResponseEntity<ApplicationResponse> decommission(@PathVariable String id,
            @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.decommission(caller, id, request.reason(), ifMatch));
    }

    @PostMapping("/stage")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Move the SDLC stage (A5, A6)",
            description = "Forward only; Dinas may go back with a reason. IMPLEMENTATION needs a passed test result.")
    ResponseEntity<ApplicationResponse> stage(@PathVariable String id, @Valid @RequestBody StageRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.changeStage(caller, id, request.stage(), request.reason(), ifMatch));
    }

    @PostMapping("/test-results")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Record a test result (A6)")
    TestResult testResult(@PathVariable String id, @Valid @RequestBody TestResultRequest request, Caller caller) {
        return workflow.recordTestResult(caller, id, request.kind(), request.testedOn(), request.passed(),
                request.summary(), request.reportFileId());
    }

    @PostMapping("/conformance-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Record a functional conformance review (A9, Dinas only)")
    ConformanceReview conformanceReview(@PathVariable String id,
            @Valid @RequestBody ConformanceReviewRequest request, Caller caller) {
        return workflow.recordConformanceReview(caller, id, request.result(), request.reviewedOn(), request.notes());
    }

    @PostMapping("/shared-use-approval")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Approve use by several OPD (A11, coordination team only)")
    ResponseEntity<ApplicationResponse> approveSharedUse(@PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.approveSharedUse(caller, id, request == null ? null : request.note(), ifMatch));
    }

    private static ResponseEntity<ApplicationResponse> reply(Application app) {
        return ResponseEntity.ok().eTag(ETags.of(app.version())).body(ApplicationResponse.of(app));
    }
}
