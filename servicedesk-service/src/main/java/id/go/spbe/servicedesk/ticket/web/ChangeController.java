package id.go.spbe.servicedesk.ticket.web;

import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import id.go.spbe.servicedesk.ticket.ChangeWorkflow;
import id.go.spbe.servicedesk.ticket.TicketDesk;
import id.go.spbe.servicedesk.ticket.TicketFilter;
import id.go.spbe.servicedesk.ticket.domain.ChangeStep;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import id.go.spbe.servicedesk.ticket.web.ChangePayloads.ChangeSummary;
import id.go.spbe.servicedesk.ticket.web.ChangePayloads.ChangeView;
import id.go.spbe.servicedesk.ticket.web.ChangePayloads.RefusalRequest;
import id.go.spbe.servicedesk.ticket.web.ChangePayloads.StageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Change management (S6): PERUBAHAN tickets seen as changes, and one POST per stage. A change is opened like any
 * ticket ({@code POST /api/v1/tickets}, type PERUBAHAN) and taken by the desk; from there it moves only forward,
 * one stage at a time (a skipped stage is a 409), each step recorded with who, when and a note (422 S6 when
 * blank). Send If-Match to act on the version you read (412 when stale).
 */
@RestController
@Validated
@RequestMapping("/api/v1/changes")
@Tag(name = "Manajemen perubahan", description = "Changes: request, analysis, approval, development, "
        + "implementation, monitoring and evaluation (obligation S6)")
class ChangeController {

    private static final String ID_PATH = "/{id:[0-9a-fA-F-]+}";
    private static final String IF_MATCH = "If-Match";

    private final ChangeWorkflow changes;
    private final TicketDesk desk;

    ChangeController(ChangeWorkflow changes, TicketDesk desk) {
        this.changes = changes;
        this.desk = desk;
    }

    @GetMapping
    @Operation(summary = "List changes",
            description = "PERUBAHAN tickets. An OPD's users see their OPD's (another OPD: 403); region-wide roles "
                    + "see all and may filter by opd. stage = the change's status; application = the affected "
                    + "application's id; open=true leaves out closed ones. Sort as the ticket list.")
    PageResponse<ChangeSummary> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) TicketStatus stage, @RequestParam(required = false) String application,
            @RequestParam(required = false) Boolean open, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        PageRequest pageable = PageRequests.of(page, size, sort, TicketController.SORTABLE,
                Sort.by(Sort.Direction.DESC, "openedAt").and(Sort.by("_id")));
        return PageResponse.of(desk.list(caller, new TicketFilter(opd, null, stage, TicketType.PERUBAHAN, null,
                null, null, open, application, null), pageable), ChangeSummary::of);
    }

    @GetMapping(ID_PATH)
    @Operation(summary = "One change with every stage it went through, with its ETag",
            description = "Another OPD's change, or a ticket that is not a change, is a 404.")
    ResponseEntity<ChangeView> get(@PathVariable String id, Caller caller) {
        return reply(changes.get(caller, id));
    }

    @PostMapping(ID_PATH + "/analysis")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Start the analysis of a requested change (ASSIGNED → ANALYSIS)",
            description = "By the desk holding the change, once it is taken. Emits TicketStageChanged.")
    ResponseEntity<ChangeView> analysis(@PathVariable String id, @Valid @RequestBody StageRequest request,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch, Caller caller) {
        return step(caller, id, ChangeStep.Kind.ANALYSIS_STARTED, request.note(), ifMatch);
    }

    @PostMapping(ID_PATH + "/approval")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Submit the analysed change for approval (ANALYSIS → APPROVAL)",
            description = "The note is the analysis' result (impact, risk, rollback). Emits TicketStageChanged.")
    ResponseEntity<ChangeView> submitForApproval(@PathVariable String id, @Valid @RequestBody StageRequest request,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch, Caller caller) {
        return step(caller, id, ChangeStep.Kind.SUBMITTED_FOR_APPROVAL, request.note(), ifMatch);
    }

    @PostMapping(ID_PATH + "/approve")
    @Operation(summary = "Approve the change (APPROVAL → DEVELOPMENT)",
            description = "Only the role the regulation profile names (spbe.regulation.servicedesk.change-approver:"
                    + " DINAS_ADMIN in rejang-lebong, COORDINATOR in bitung; 403 for anyone else). Emits "
                    + "TicketStageChanged and ChangeApproved.")
    ResponseEntity<ChangeView> approve(@PathVariable String id, @Valid @RequestBody StageRequest request,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch, Caller caller) {
        return step(caller, id, ChangeStep.Kind.APPROVED, request.note(), ifMatch);
    }

    @PostMapping(ID_PATH + "/refuse")
    @Operation(summary = "Refuse the change with a reason (APPROVAL → CLOSED)",
            description = "Only the approver role (403 otherwise); the reason is mandatory (422 S6). Emits "
                    + "TicketStageChanged and TicketClosed.")
    ResponseEntity<ChangeView> refuse(@PathVariable String id, @Valid @RequestBody RefusalRequest request,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch, Caller caller) {
        return step(caller, id, ChangeStep.Kind.REFUSED, request.reason(), ifMatch);
    }

    @PostMapping(ID_PATH + "/implementation")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Development done: implement the change (DEVELOPMENT → IMPLEMENTATION)",
            description = "Emits TicketStageChanged.")
    ResponseEntity<ChangeView> implementation(@PathVariable String id, @Valid @RequestBody StageRequest request,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch, Caller caller) {
        return step(caller, id, ChangeStep.Kind.IMPLEMENTATION_STARTED, request.note(), ifMatch);
    }

    @PostMapping(ID_PATH + "/evaluation")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Implemented: monitor and evaluate the change (IMPLEMENTATION → EVALUATION)",
            description = "Emits TicketStageChanged and ChangeImplemented.")
    ResponseEntity<ChangeView> evaluation(@PathVariable String id, @Valid @RequestBody StageRequest request,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch, Caller caller) {
        return step(caller, id, ChangeStep.Kind.IMPLEMENTED, request.note(), ifMatch);
    }

    @PostMapping(ID_PATH + "/close")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Conclude the monitoring and evaluation and close the change (EVALUATION → CLOSED)",
            description = "The note is the evaluation's conclusion. A change cannot be closed any other way "
                    + "(POST /api/v1/tickets/{id}/close is a 409 for it). Emits TicketStageChanged and TicketClosed.")
    ResponseEntity<ChangeView> close(@PathVariable String id, @Valid @RequestBody StageRequest request,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch, Caller caller) {
        return step(caller, id, ChangeStep.Kind.EVALUATED, request.note(), ifMatch);
    }

    private ResponseEntity<ChangeView> step(Caller caller, String id, ChangeStep.Kind kind, @Nullable String note,
            @Nullable String ifMatch) {
        return reply(changes.advance(caller, id, kind, note, ifMatch));
    }

    private ResponseEntity<ChangeView> reply(Ticket change) {
        return ResponseEntity.ok().eTag(ETags.of(change.version())).body(ChangeView.of(change,
                changes.approverRole()));
    }
}
