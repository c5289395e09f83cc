package id.go.spbe.network.change.web;

import id.go.spbe.network.change.LanChangeReportCsv;
import id.go.spbe.network.change.LanChangeReports;
import id.go.spbe.network.change.domain.LanChangeReport;
import id.go.spbe.network.change.domain.LanChangeReportStatus;
import id.go.spbe.network.change.web.LanChangePayloads.AcknowledgeRequest;
import id.go.spbe.network.change.web.LanChangePayloads.ChangeTicketSummaryResponse;
import id.go.spbe.network.change.web.LanChangePayloads.CitedChangeResponse;
import id.go.spbe.network.change.web.LanChangePayloads.DiffResponse;
import id.go.spbe.network.change.web.LanChangePayloads.HistoryResponse;
import id.go.spbe.network.change.web.LanChangePayloads.ReportRequest;
import id.go.spbe.network.change.web.LanChangePayloads.ReportResponse;
import id.go.spbe.network.change.web.LanChangePayloads.UncoveredRevisionResponse;
import id.go.spbe.network.changeticket.ChangeTickets;
import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.problem.InvalidRequestException;
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
 * LAN change reports (N7): the LAN's steward reports a change, the service computes the inventory diff, Dinas
 * acknowledges; inventory revisions that no report covers are listed per OPD.
 */
@RestController
@RequestMapping(LanChangeController.PATH)
@Tag(name = "LAN change report", description = "Reports of changes to an OPD's LAN (obligation N7)")
class LanChangeController {

    static final String PATH = "/api/v1/lan-changes";
    private static final Set<String> SORTABLE = Set.of("reportedAt", "performedOn", "status", "opdCode");
    private static final Set<String> TICKET_SORTABLE = Set.of("stageAt", "openedAt", "approvedAt");

    private final LanChangeReports reports;
    private final ChangeTickets changeTickets;
    private final ChangeHistoryLog histories;

    LanChangeController(LanChangeReports reports, ChangeTickets changeTickets, ChangeHistoryLog histories) {
        this.reports = reports;
        this.changeTickets = changeTickets;
        this.histories = histories;
    }

    @ProblemResponses(404) // the LAN of an OPD the caller may not see
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Report a change to an OPD's LAN (its steward)", description = "Who may report is who "
            + "runs the LAN (Mandiri TIK → the OPD's operators, else Dinas; 422 N3 otherwise). Covers the inventory "
            + "revisions (fromRevision, toRevision]; left out, from the last reported revision to the current one. "
            + "The diff is computed from the stored revisions. 422 N7: nothing to report, a revision the LAN does "
            + "not have, a change dated in the future, a changeTicketId that is not a known, approved PERUBAHAN "
            + "ticket of the same OPD (S6; servicedesk's events may lag); 409: a revision another report covers. "
            + "Emits LanChangeReported.")
    ResponseEntity<ReportResponse> report(@Valid @RequestBody ReportRequest request, Caller caller) {
        LanChangeReport report = reports.report(caller, request.toRequest());
        return ResponseEntity.created(Locations.of(PATH, report.id())).eTag(ETags.of(report.version()))
                .body(response(report));
    }

    @PostMapping("/{id}/acknowledge")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Acknowledge a change report (REPORTED → ACKNOWLEDGED, Dinas)", description = "409 when "
            + "acknowledged already. Emits LanChangeAcknowledged.")
    ResponseEntity<ReportResponse> acknowledge(@PathVariable String id,
            @Valid @RequestBody(required = false) AcknowledgeRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(reports.acknowledge(caller, id, request == null ? null : request.note(), ifMatch));
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping
    @Operation(summary = "List change reports", description = "OPD users see their OPD's; region-wide roles all, "
            + "or one OPD's with `opd`. Filter: status. Sort: reportedAt, performedOn, status, opdCode.")
    PageResponse<ReportResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) LanChangeReportStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(reports.list(caller, opd, status, PageRequests.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Direction.DESC, "reportedAt"))), this::response);
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "Change reports as CSV", description = "Same scope and filter as the list (opd, "
            + "status); one row per report, oldest first, with the change cited, the revisions covered and the "
            + "diff's counts, and the acknowledgement (N7). Cells a spreadsheet would run as a formula (= + - @) "
            + "start with an apostrophe.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> exportReportsCsv(@RequestParam(required = false) String opd,
            @RequestParam(required = false) LanChangeReportStatus status, Caller caller) {
        return CsvText.attachment("laporan-perubahan-lan.csv", LanChangeReportCsv.of(reports.all(caller, opd, status)));
    }

    @ProblemResponses({404, 422}) // another OPD's LAN; N7: a revision the LAN does not have
    @GetMapping("/diff")
    @Operation(summary = "Preview the diff between two revisions of an OPD's LAN", description = "Readable by whoever "
            + "may read the LAN; 422 N7 for a revision the LAN does not have (0 is the empty inventory).")
    DiffResponse diff(@RequestParam String opd, @RequestParam long from, @RequestParam long to, Caller caller) {
        if (from < 0) {
            throw new InvalidRequestException("from", "Revisi tidak boleh negatif.");
        }
        if (to < 0) {
            throw new InvalidRequestException("to", "Revisi tidak boleh negatif.");
        }
        return DiffResponse.of(from, to, reports.preview(caller, opd, from, to));
    }

    @ProblemResponses(404) // another OPD's LAN
    @GetMapping("/uncovered")
    @Operation(summary = "Inventory revisions of an OPD's LAN that no change report covers", description = "Oldest "
            + "first; BYOD acknowledgements need no report. unauthorised=true: also the revisions whose covering "
            + "report cites no servicedesk change ticket (S6) — reported but not shown to be authorised. Readable by "
            + "whoever may read the LAN.")
    PageResponse<UncoveredRevisionResponse> uncovered(@RequestParam String opd,
            @RequestParam(required = false) Boolean unauthorised, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Caller caller) {
        return PageResponse.of(reports.uncovered(caller, opd, Boolean.TRUE.equals(unauthorised),
                PageRequests.of(page, size, null, Set.of(), Sort.by("revision"))), UncoveredRevisionResponse::of);
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping("/change-tickets")
    @Operation(summary = "Search the servicedesk changes (S6) a change report may cite", description = "The "
            + "PERUBAHAN tickets network-service knows from servicedesk's events (they may lag behind): OPD users "
            + "see their OPD's (another OPD named: 403), region-wide roles all, or one OPD's with `opd`. `q` (at "
            + "most 100 characters) matches the start of the ticket id, or the title, category, affected site, "
            + "opener or approver (case-insensitive, literally); `approved=true` keeps the changes a report may "
            + "cite. A change copied before servicedesk's events carried titles has no `title`. Sort: stageAt "
            + "(default, latest first), openedAt, approvedAt.")
    PageResponse<ChangeTicketSummaryResponse> searchChangeTickets(@RequestParam(required = false) String opd,
            @RequestParam(required = false) String q, @RequestParam(required = false) Boolean approved,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        if (q != null && q.length() > 100) {
            throw new InvalidRequestException("q", "Kata kunci pencarian paling banyak 100 karakter.");
        }
        return PageResponse.of(changeTickets.search(caller, opd, q, Boolean.TRUE.equals(approved),
                PageRequests.of(page, size, sort, TICKET_SORTABLE, Sort.by(Sort.Direction.DESC, "stageAt"))),
                ChangeTicketSummaryResponse::of);
    }

    @GetMapping("/change-tickets/{ticketId:[0-9a-fA-F-]+}")
    @Operation(summary = "A servicedesk change (S6) as network-service knows it, before citing it on a report",
            description = "The PERUBAHAN ticket's OPD, stage and approval, copied from servicedesk's events (it may "
                    + "lag behind them). Another OPD's change, or one not known here (yet), is a 404.")
    CitedChangeResponse changeTicket(@PathVariable String ticketId, Caller caller) {
        return CitedChangeResponse.of(changeTickets.get(caller, ticketId));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One change report, with its diff")
    ResponseEntity<ReportResponse> get(@PathVariable String id, Caller caller) {
        return reply(reports.get(caller, id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Tamper-evident change history of a change report (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(reports.get(caller, id)));
    }

    private ResponseEntity<ReportResponse> reply(LanChangeReport report) {
        return ResponseEntity.ok().eTag(ETags.of(report.version())).body(response(report));
    }

    private ReportResponse response(LanChangeReport report) {
        return ReportResponse.of(report, changeTickets::find);
    }
}
