package id.go.spbe.servicedesk.ticket.web;

import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import id.go.spbe.servicedesk.ticket.TicketAccess;
import id.go.spbe.servicedesk.ticket.TicketDesk;
import id.go.spbe.servicedesk.ticket.TicketFilter;
import id.go.spbe.servicedesk.ticket.TicketRow;
import id.go.spbe.servicedesk.ticket.TicketSlaSummaries;
import id.go.spbe.servicedesk.ticket.domain.Category;
import id.go.spbe.servicedesk.ticket.domain.Comment;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.SlaSummary;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.CommentView;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.TicketForm;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.TicketResponse;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.TicketSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tickets (S1, S2): open, read, list the queues, read the comments and the tamper-evident history. */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tiket layanan", description = "Service-desk tickets (obligations S1, S2, S3, S8)")
class TicketController {

    static final String ID_PATH = "/{id:[0-9a-fA-F-]+}";
    static final Set<String> SORTABLE = Set.of("openedAt", "updatedAt", "priorityRank", "status", "type", "tier",
            "requesterOpd");

    private final TicketDesk desk;
    private final ChangeHistoryLog histories;
    private final TicketSlaSummaries slas;

    TicketController(TicketDesk desk, ChangeHistoryLog histories, TicketSlaSummaries slas) {
        this.desk = desk;
        this.histories = histories;
        this.slas = slas;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN, Roles.INTEGRATION, Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Open a ticket (S1)",
            description = "From the SPA (OPD or Dinas staff) or an OPD system (client credentials; send "
                    + "Idempotency-Key so a resend opens no second ticket). Priority = impact × urgency; a "
                    + "KEAMANAN ticket is KRITIS at Tier 2 with the evidence checklist (S8). It lands in the "
                    + "requester OPD's Tier 1 queue, or at Tier 2 with routingReason when the OPD has no Tier 1 "
                    + "roster (S2); one central queue in SERVICE_CENTRE regions. affectedApplicationId must be a "
                    + "registered application in service (422 S1); affectedSiteId (optional, see /tickets/site-options) a "
                    + "registered site of the requester OPD (422 S1), copied as affectedRegisteredSite. Emits "
                    + "TicketOpened.")
    ResponseEntity<TicketResponse> open(@Valid @RequestBody TicketForm form, Caller caller) {
        Ticket ticket = desk.open(caller, form.toNewTicket(), form.requesterOpd(), form.affectedApplicationId(),
                form.affectedSiteId());
        return ResponseEntity.created(Locations.of("/api/v1/tickets", ticket.id()))
                .eTag(ETags.of(ticket.version())).body(TicketResponse.of(ticket));
    }

    @GetMapping(ID_PATH)
    @Operation(summary = "One ticket, with its ETag", description = "Another OPD's ticket is a 404.")
    ResponseEntity<TicketResponse> get(@PathVariable String id, Caller caller) {
        Ticket ticket = desk.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(ticket.version())).body(TicketResponse.of(ticket));
    }

    @GetMapping
    @Operation(summary = "List tickets, e.g. a queue",
            description = "An OPD's users see their OPD's tickets (also those escalated to Tier 2); region-wide "
                    + "roles see all and may filter by opd. queue=TIER1&opd=X is X's Tier 1 queue; queue=TIER2 "
                    + "Dinas's. open=true leaves out resolved and closed tickets; problem={id} lists a problem's children; source=datacenter-service (network-service, audit-service) the "
                    + "tickets the desk opened from that service's events. Sort: openedAt, updatedAt, "
                    + "priorityRank (0 = KRITIS first), status, type, tier, requesterOpd; e.g. a queue by urgency: "
                    + "sort=priorityRank&sort=openedAt. Each row carries its SLA state and next due instant "
                    + "(S5), computed like /tickets/{id}/sla.")
    PageResponse<TicketSummary> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Tier queue, @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) TicketType type, @RequestParam(required = false) Category category,
            @RequestParam(required = false) Priority priority, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) @Nullable String problem,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        PageRequest pageable = PageRequests.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Direction.DESC, "openedAt").and(Sort.by("_id")));
        Page<TicketRow> tickets = desk.rows(caller, new TicketFilter(opd, queue, status, type, category, priority,
                assignee, open, null, problem, source), pageable);
        Map<String, SlaSummary> sla = slas.of(tickets.getContent());
        return PageResponse.of(tickets, t -> TicketSummary.of(t, sla.getOrDefault(t.id(), SlaSummary.NONE)));
    }

    /** The most rows one export carries; X-Total-Count tells when the filter matched more. */
    static final int EXPORT_LIMIT = 10_000;

    @GetMapping("/export.csv")
    @Operation(summary = "Export the ticket list as CSV",
            description = "The same filters, scope and sort as GET /api/v1/tickets, without paging: at most "
                    + EXPORT_LIMIT + " rows; the X-Total-Count header gives how many matched (narrow the filter "
                    + "when it is larger). Columns: number, id, type, category, title, priority, OPD, queue, status, "
                    + "assignee, opened, updated (ISO-8601 UTC), SLA state, next due, source service.",
            responses = @ApiResponse(responseCode = "200", description = "CSV",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<byte[]> export(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Tier queue, @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) TicketType type, @RequestParam(required = false) Category category,
            @RequestParam(required = false) Priority priority, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) @Nullable String problem,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        Sort order = PageRequests.of(0, 1, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "openedAt")
                .and(Sort.by("_id"))).getSort();
        Page<TicketRow> tickets = desk.rows(caller, new TicketFilter(opd, queue, status, type, category, priority,
                assignee, open, null, problem, source), PageRequest.of(0, EXPORT_LIMIT, order));
        String csv = TicketCsv.of(tickets.getContent(), slas.of(tickets.getContent()));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("tiket-layanan.csv")
                        .build().toString())
                .header("X-Total-Count", String.valueOf(tickets.getTotalElements()))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(ID_PATH + "/comments")
    @Operation(summary = "The comments of a ticket, oldest first",
            description = "Internal comments are shown to the desk (Tier 1 of the OPD, Tier 2), Dinas and "
                    + "auditors only, never to the requester's side.")
    PageResponse<CommentView> comments(@PathVariable String id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Caller caller) {
        Ticket ticket = desk.get(caller, id);
        boolean internal = TicketAccess.readsInternal(caller, ticket);
        List<Comment> visible = ticket.comments().stream().filter(c -> internal || !c.internal()).toList();
        PageRequest pageable = PageRequests.of(page, size, null, Set.of(), Sort.unsorted());
        int from = (int) Math.min(pageable.getOffset(), visible.size());
        int to = Math.min(from + pageable.getPageSize(), visible.size());
        return PageResponse.of(new PageImpl<>(visible.subList(from, to), pageable, visible.size()),
                CommentView::of);
    }

    @GetMapping(ID_PATH + "/history")
    @Operation(summary = "Tamper-evident change history of a ticket (SEC1)",
            description = "Every step, hash-chained; `intact` is false when an entry was altered.")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(desk.get(caller, id)));
    }

    @Schema(name = "TicketHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }
    }
}
