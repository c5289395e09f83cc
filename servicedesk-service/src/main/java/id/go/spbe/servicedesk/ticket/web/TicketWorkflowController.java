package id.go.spbe.servicedesk.ticket.web;

import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.ticket.TicketWorkflow;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.AssignRequest;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.CommentRequest;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.CommentView;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.PriorityRequest;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.ProblemLinkRequest;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.QuestionRequest;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.ReasonRequest;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.ResolveRequest;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.RootCauseRequest;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.SatisfactionRequest;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.TicketResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a ticket, one POST each so each has its own authorisation, history entry and event (S1–S3, S5, S8).
 * Send If-Match to act on the version you read (412 when stale); a step the ticket's life cycle does not allow now
 * is a 409; a broken rule is a 422 naming the obligation.
 */
@RestController
@Validated
@RequestMapping("/api/v1/tickets/{id:[0-9a-fA-F-]+}")
@Tag(name = "Tiket layanan — alur kerja", description = "Ticket steps (obligations S1, S2, S3, S5, S8)")
class TicketWorkflowController {

    private static final String IF_MATCH = "If-Match";

    private final TicketWorkflow workflow;

    TicketWorkflowController(TicketWorkflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/take")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Take the ticket (assign it to yourself)",
            description = "By an agent of the desk holding it; at Tier 1 only a technician on the OPD's roster "
                    + "(422 S2). Emits TicketAssigned.")
    ResponseEntity<TicketResponse> take(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.take(caller, id, ifMatch));
    }

    @PostMapping("/assign")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Assign the ticket to an agent",
            description = "At Tier 1 the assignee must be on the OPD's roster (422 S2). Emits TicketAssigned.")
    ResponseEntity<TicketResponse> assign(@PathVariable String id, @Valid @RequestBody AssignRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.assign(caller, id, request.assignee().trim(), ifMatch));
    }

    @PostMapping("/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT, Roles.OPD_OPERATOR, Roles.INTEGRATION, Roles.DINAS_ADMIN})
    @Operation(summary = "Comment on the ticket",
            description = "Agents of the desk holding it write public or internal comments; the requester's side "
                    + "public ones, which answer a request for information and resume the clocks. Emits "
                    + "TicketCommented (without the text).")
    ResponseEntity<CommentView> comment(@PathVariable String id, @Valid @RequestBody CommentRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        TicketWorkflow.Commented done = workflow.comment(caller, id, request.text(),
                Boolean.TRUE.equals(request.internal()), ifMatch);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(done.ticket().version()))
                .body(CommentView.of(done.comment()));
    }

    @PostMapping("/request-information")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Ask the requester for information (the SLA clocks pause, S5)",
            description = "ASSIGNED → WAITING_FOR_REQUESTER; the question is a public comment. Emits "
                    + "TicketInformationRequested.")
    ResponseEntity<TicketResponse> requestInformation(@PathVariable String id,
            @Valid @RequestBody QuestionRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.requestInformation(caller, id, request.question(), ifMatch));
    }

    @PostMapping("/resume")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT, Roles.OPD_OPERATOR, Roles.INTEGRATION, Roles.DINAS_ADMIN})
    @Operation(summary = "Resume work on a ticket waiting for its requester", description = "Emits TicketResumed.")
    ResponseEntity<TicketResponse> resume(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.resume(caller, id, ifMatch));
    }

    @PostMapping("/reprioritize")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Change impact and urgency, with a reason (S5)",
            description = "The SLA clocks are recomputed from the opening with the new priority; pauses already "
                    + "accrued are kept. A security incident stays KRITIS (422 S8). Emits TicketReprioritized.")
    ResponseEntity<TicketResponse> reprioritize(@PathVariable String id,
            @Valid @RequestBody PriorityRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.reprioritize(caller, id, request.impact(), request.urgency(), request.reason(),
                ifMatch));
    }

    @PostMapping("/escalate")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Escalate to Tier 2 with a reason (S3)",
            description = "Tier 1 hands the ticket to Dinas's Tier 2, also when nobody took it yet; the reason is "
                    + "mandatory (422 S3). A ticket at Tier 2 is a 409; in a SERVICE_CENTRE region there are no "
                    + "tiers (422 S3). Emits TicketEscalated.")
    ResponseEntity<TicketResponse> escalate(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.escalate(caller, id, request.reason(), ifMatch));
    }

    @PostMapping("/root-cause")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Record a problem's root cause (MASALAH → KNOWN_ERROR)",
            description = "Only for MASALAH tickets (409 otherwise). Emits TicketStageChanged.")
    ResponseEntity<TicketResponse> rootCause(@PathVariable String id, @Valid @RequestBody RootCauseRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.recordRootCause(caller, id, request.rootCause(), ifMatch));
    }

    @PostMapping("/evidence/{item}/secure")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Record a step of a security incident's evidence checklist as done (S8)",
            description = "Items: ISOLATE, PRESERVE_LOGS, IMAGE_MEMORY_DISK, CHAIN_OF_CUSTODY, REPORT_TO_DINAS. "
                    + "Emits TicketEvidenceSecured.")
    ResponseEntity<TicketResponse> secureEvidence(@PathVariable String id,
            @PathVariable @Pattern(regexp = "^[A-Z_]{1,40}$") String item,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.secureEvidence(caller, id, item, ifMatch));
    }

    @PostMapping("/resolve")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Resolve with a resolution note",
            description = "The note is shown to the requester (422 S1 when blank). A security incident needs its "
                    + "evidence checklist done (422 S8). A change is not resolved but evaluated (409). A problem "
                    + "with resolveChildren=true also resolves each of its open children (owned and resumed first "
                    + "if needed), each with its own resolution, TicketResolved and history entry; a child the "
                    + "caller may not act on is a 403 and nothing is resolved. Emits TicketResolved.")
    ResponseEntity<TicketResponse> resolve(@PathVariable String id, @Valid @RequestBody ResolveRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.resolve(caller, id, request.resolutionNote(),
                Boolean.TRUE.equals(request.resolveChildren()), ifMatch));
    }

    @PostMapping("/close")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT, Roles.OPD_OPERATOR, Roles.INTEGRATION, Roles.DINAS_ADMIN})
    @Operation(summary = "Close a resolved ticket", description = "By the desk or the requester's side. A problem "
            + "with an open child is a 409; a change closes through its stages (409 here). Emits TicketClosed.")
    ResponseEntity<TicketResponse> close(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.close(caller, id, ifMatch));
    }

    @PostMapping("/reopen")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT, Roles.OPD_OPERATOR, Roles.INTEGRATION, Roles.DINAS_ADMIN})
    @Operation(summary = "Reopen a resolved or closed ticket, with a reason",
            description = "Within servicedesk.tickets.reopen-window of its resolution (422 S5 after). The "
                    + "resolution clock runs on. Emits TicketReopened.")
    ResponseEntity<TicketResponse> reopen(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.reopen(caller, id, request.reason(), ifMatch));
    }

    @PostMapping("/satisfaction")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rate a closed ticket (CSAT): score 1–5 and an optional comment",
            description = "By the requester only (the user who opened it; anyone else who sees the ticket 403, "
                    + "another OPD 404); only when CLOSED and only once (409; a rating is never edited). Emits "
                    + "TicketSatisfactionRated (without the comment).")
    ResponseEntity<TicketResponse> rateSatisfaction(@PathVariable String id,
            @Valid @RequestBody SatisfactionRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        Ticket rated = workflow.rateSatisfaction(caller, id, request.score(), request.comment(), ifMatch);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(rated.version()))
                .body(TicketResponse.of(rated));
    }

    @PostMapping("/problem")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Group this incident or complaint under a problem (MASALAH)",
            description = "By an agent who works the problem and may act on this ticket (its desk, or Tier 2). "
                    + "Only GANGGUAN and KELUHAN (422 S1); a Tier 1 problem groups only its OPD's tickets, a Tier 2 "
                    + "one the region's (422 S2); a finished ticket or one already grouped is a 409. If-Match: "
                    + "this ticket's version. List a problem's children with GET /api/v1/tickets?problem={id}. "
                    + "Emits TicketProblemLinkChanged.")
    ResponseEntity<TicketResponse> linkToProblem(@PathVariable String id,
            @Valid @RequestBody ProblemLinkRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.linkToProblem(caller, id, request.problemId(), ifMatch));
    }

    @DeleteMapping("/problem")
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Take this ticket out of its problem",
            description = "Same authority as grouping; a ticket under no problem is a 409. Emits "
                    + "TicketProblemLinkChanged.")
    ResponseEntity<TicketResponse> unlinkFromProblem(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.unlinkFromProblem(caller, id, ifMatch));
    }

    private static ResponseEntity<TicketResponse> reply(Ticket ticket) {
        return ResponseEntity.ok().eTag(ETags.of(ticket.version())).body(TicketResponse.of(ticket));
    }
}
