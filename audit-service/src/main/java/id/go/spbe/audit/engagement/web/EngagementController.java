package id.go.spbe.audit.engagement.web;

import id.go.spbe.audit.common.CsvExport;
import id.go.spbe.audit.common.HistoryResponse;
import id.go.spbe.audit.engagement.EngagementFilter;
import id.go.spbe.audit.engagement.EngagementWorkflow;
import id.go.spbe.audit.engagement.OtherOpdFindings;
import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.audit.engagement.domain.EngagementStatus;
import id.go.spbe.audit.engagement.web.EngagementPayloads.AuditResponse;
import id.go.spbe.audit.engagement.web.EngagementPayloads.CancelRequest;
import id.go.spbe.audit.engagement.web.EngagementPayloads.ScheduleRequest;
import id.go.spbe.audit.engagement.web.EngagementPayloads.TeamRequest;
import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Page;
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
 * Audit engagements (AU1–AU3): Dinas plans an audit (from the plan or ad hoc) and assigns its team; Dinas or the
 * lead auditor moves it PLANNED → IN_PROGRESS → REPORTING → COMPLETED, one POST per step (If-Match; 412 when stale,
 * 409 when the step is not allowed now). Completion moves the plan's next due date.
 */
@RestController
@RequestMapping("/api/v1/audits")
@Tag(name = "Audit TIK", description = "Audit engagements: kind, scope, team, life cycle (AU1, AU2, AU3)")
class EngagementController {

    private static final String IF_MATCH = "If-Match";
    private static final String ID_PATH = "/{id:[0-9a-f-]{36}}";
    private static final Set<String> SORTABLE = Set.of("plannedStart", "plannedEnd", "status", "auditedOpd",
            "createdAt");

    private final EngagementWorkflow workflow;
    private final OtherOpdFindings otherOpdFindings;

    EngagementController(EngagementWorkflow workflow, OtherOpdFindings otherOpdFindings) {
        this.workflow = workflow;
        this.otherOpdFindings = otherOpdFindings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Plan an audit (Dinas)", description = "From a plan item (planItemId) or ad hoc (kind, "
            + "auditedOpd). Emits AuditScheduled, and AuditTeamAssigned when a team is given. A team member whose "
            + "certificate expires before plannedEnd, or an internal auditor of the audited OPD, is a 422 AU3.")
    ResponseEntity<AuditResponse> schedule(@Valid @RequestBody ScheduleRequest request, Caller caller) {
        Engagement engagement = workflow.schedule(caller, request.toNew());
        return ResponseEntity.created(Locations.of("/api/v1/audits", engagement.id()))
                .eTag(ETags.of(engagement.version())).body(AuditResponse.of(engagement));
    }

    @GetMapping
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "List audits", description = "Dinas and coordinators see all; auditors the audits they are "
            + "assigned to; an OPD its own. Filters status, kind, opd, year (of plannedStart), objectId.")
    PageResponse<AuditResponse> list(@RequestParam(required = false) EngagementStatus status,
            @RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) @Pattern(regexp = EngagementPayloads.OPD_REGEX) String opd,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) String objectId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        return PageResponse.of(workflow.list(caller, new EngagementFilter(status, kind, opd, year, objectId),
                PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "plannedStart"))),
                AuditResponse::of);
    }

    @GetMapping("/export.csv")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(operationId = "exportAudits", summary = "Export the audit list as CSV",
            description = "The same scope, filters and sort as GET /api/v1/audits, without paging: at most "
                    + CsvExport.LIMIT + " rows; the X-Total-Count header gives how many matched (narrow the filter "
                    + "when it is larger). Columns: id, kind, title, audited OPD, object id and name, planned start "
                    + "and end, scope (AU2), lead and members (AU3), status, started, completed, created (ISO-8601).",
            responses = @ApiResponse(responseCode = "200", description = "CSV (UTF-8 with BOM), as an attachment",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<byte[]> export(@RequestParam(required = false) EngagementStatus status,
            @RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) @Pattern(regexp = EngagementPayloads.OPD_REGEX) String opd,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) String objectId, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        Sort order = PageRequests.of(0, 1, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "plannedStart")).getSort()
                .and(Sort.by("_id"));
        Page<Engagement> audits = workflow.list(caller, new EngagementFilter(status, kind, opd, year, objectId),
                PageRequest.of(0, CsvExport.LIMIT, order));
        return CsvExport.attachment("penugasan-audit.csv", EngagementCsv.HEADER,
                EngagementCsv.rows(audits.getContent()), audits.getTotalElements());
    }

    @GetMapping(ID_PATH)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "One audit, with its ETag", description = "For the audited OPD also otherOpdFindings: how "
            + "many of the audit's findings other OPDs own (counted, never shown — as in its copy of the report, AU7).")
    ResponseEntity<AuditResponse> get(@PathVariable String id, Caller caller) {
        Engagement engagement = workflow.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(engagement.version()))
                .body(AuditResponse.of(engagement, otherOpdFindings.forView(caller, engagement)));
    }

    @GetMapping(ID_PATH + "/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Tamper-evident change history of an audit (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(workflow.history(caller, id));
    }

    @PostMapping(ID_PATH + "/team")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Assign the team (AU3, Dinas)", description = "Replaces the team: exactly one lead; each "
            + "auditor's certificate valid through plannedEnd and no internal auditor of the audited OPD (422 AU3). "
            + "PLANNED or IN_PROGRESS only (409).")
    ResponseEntity<AuditResponse> assignTeam(@PathVariable String id, @Valid @RequestBody TeamRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.assignTeam(caller, id, request.assignments(), ifMatch));
    }

    @PostMapping(ID_PATH + "/start")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Start the audit (Dinas or lead auditor)", description = "PLANNED → IN_PROGRESS; needs a "
            + "team whose members still pass AU3. Emits AuditStarted.")
    ResponseEntity<AuditResponse> start(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.start(caller, id, ifMatch));
    }

    @PostMapping(ID_PATH + "/report")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Move to reporting (Dinas or lead auditor)", description = "IN_PROGRESS → REPORTING.")
    ResponseEntity<AuditResponse> report(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.startReporting(caller, id, ifMatch));
    }

    @PostMapping(ID_PATH + "/complete")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Complete the audit (Dinas or lead auditor)", description = "REPORTING → COMPLETED. Emits "
            + "AuditCompleted; the plan moves the object's next due date of this kind a cycle on (AU4–AU6).")
    ResponseEntity<AuditResponse> complete(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.complete(caller, id, ifMatch));
    }

    @PostMapping(ID_PATH + "/cancel")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Cancel with a reason (Dinas)", description = "Any open status → CANCELLED.")
    ResponseEntity<AuditResponse> cancel(@PathVariable String id, @Valid @RequestBody CancelRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.cancel(caller, id, request.reason(), ifMatch));
    }

    private static ResponseEntity<AuditResponse> reply(Engagement engagement) {
        return ResponseEntity.ok().eTag(ETags.of(engagement.version())).body(AuditResponse.of(engagement));
    }
}
