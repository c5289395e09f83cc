package id.go.spbe.monev.mandiritik.web;

import id.go.spbe.monev.mandiritik.MandiriTikAssessments;
import id.go.spbe.monev.mandiritik.domain.AssessmentStatus;
import id.go.spbe.monev.mandiritik.domain.MandiriTikAssessment;
import id.go.spbe.monev.mandiritik.web.MandiriTikPayloads.AssessmentRequest;
import id.go.spbe.monev.mandiritik.web.MandiriTikPayloads.AssessmentResponse;
import id.go.spbe.monev.mandiritik.web.MandiriTikPayloads.CriteriaResponse;
import id.go.spbe.monev.mandiritik.web.MandiriTikPayloads.CriterionRequest;
import id.go.spbe.monev.mandiritik.web.MandiriTikPayloads.HistoryResponse;
import id.go.spbe.monev.mandiritik.web.MandiriTikPayloads.WithdrawRequest;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * Mandiri TIK feasibility assessments (G3): Dinas assesses, a pass is proposed to the deciding office, the decree
 * recorded in app-registry closes the proposal. Operators read their own OPD's assessments (others 404).
 */
@RestController
@RequestMapping("/api/v1/mandiri-tik-assessments")
@Tag(name = "Penilaian Mandiri TIK", description = "Feasibility of an OPD for Mandiri TIK status (G3)")
class MandiriTikAssessmentController {

    private static final Set<String> SORTABLE = Set.of("assessedAt", "opd", "status");
    private static final String READERS_NOTE = "Operators: their own OPD's only.";

    private final MandiriTikAssessments assessments;
    private final ChangeHistoryLog histories;

    MandiriTikAssessmentController(MandiriTikAssessments assessments, ChangeHistoryLog histories) {
        this.assessments = assessments;
        this.histories = histories;
    }

    @GetMapping("/criteria")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "The region's Mandiri TIK criteria and deciding office (G3, from the regulation profile)",
            description = "Rejang Lebong: six criteria, decided by the BUPATI (p52); Bitung: two, decided by the "
                    + "SEKDA (p47). An empty list: the regulation names no criteria, assessments are refused.")
    CriteriaResponse criteria() {
        return CriteriaResponse.of(assessments.criteria());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Assess an OPD (G3, Dinas only)",
            description = "One verdict per criterion of the regulation (all of them, no other): MET with evidence "
                    + "document ids, NOT_MET with the reason; 422 G3 naming every problem. All met → PROPOSED to the "
                    + "deciding office (MandiriTikAssessed, MandiriTikProposed); any not met → NOT_PASSED with the "
                    + "reasons (MandiriTikAssessed). 422 G1 for an OPD the directory does not know, 422 G3 for Dinas "
                    + "itself or an OPD already Mandiri TIK, 409 while the OPD has a proposal awaiting its decree.")
    ResponseEntity<AssessmentResponse> assess(@Valid @RequestBody AssessmentRequest request, Caller caller) {
        MandiriTikAssessment assessment = assessments.assess(caller, request.opd(),
                request.criteria().stream().map(CriterionRequest::toAssessment).toList());
        return ResponseEntity.created(Locations.of("/api/v1/mandiri-tik-assessments", assessment.id()))
                .eTag(ETags.of(assessment.version())).body(AssessmentResponse.of(assessment));
    }

    @GetMapping
    @ProblemResponses(403) // an operator naming another OPD
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "List assessments", description = "Filters: opd, status. Sort: assessedAt, opd, status "
            + "(default assessedAt descending). " + READERS_NOTE)
    PageResponse<AssessmentResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) AssessmentStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        PageRequest request = PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "assessedAt"));
        return PageResponse.of(assessments.list(caller, opd, status, request), AssessmentResponse::of);
    }

    @GetMapping("/{id}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "One assessment with its verdicts, reasons and decree; ETag for If-Match",
            description = READERS_NOTE + " Another OPD's is a 404.")
    ResponseEntity<AssessmentResponse> get(@PathVariable String id, Caller caller) {
        MandiriTikAssessment assessment = assessments.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(assessment.version())).body(AssessmentResponse.of(assessment));
    }

    @PostMapping("/{id}/withdraw")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Withdraw a proposal no decree has answered yet (G3, Dinas only)",
            description = "PROPOSED → WITHDRAWN with a note (409 from any other status); If-Match optional, stale "
                    + "412. Emits MandiriTikProposalClosed.")
    ResponseEntity<AssessmentResponse> withdraw(@PathVariable String id, @Valid @RequestBody WithdrawRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        MandiriTikAssessment assessment = assessments.withdraw(caller, id, request.note(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(assessment.version())).body(AssessmentResponse.of(assessment));
    }

    @GetMapping("/{id}/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Tamper-evident history of the assessment (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(assessments.get(caller, id)));
    }
}
