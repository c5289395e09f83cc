package id.go.spbe.network.inspection.web;

import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.network.inspection.InspectionCsv;
import id.go.spbe.network.inspection.Inspections;
import id.go.spbe.network.inspection.domain.Inspection;
import id.go.spbe.network.inspection.web.InspectionPayloads.FindingRequest;
import id.go.spbe.network.inspection.web.InspectionPayloads.HistoryResponse;
import id.go.spbe.network.inspection.web.InspectionPayloads.InspectionRequest;
import id.go.spbe.network.inspection.web.InspectionPayloads.InspectionResponse;
import id.go.spbe.network.inspection.web.InspectionPayloads.ResolveRequest;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
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

import java.net.URI;
import java.util.List;
import java.util.Set;

/** Inspections of OPD LANs by Dinas (N5): findings with severity and due date, OPEN until resolved. */
@RestController
@RequestMapping(InspectionController.PATH)
@Tag(name = "Inspection", description = "Dinas inspections of OPD LANs and their findings (obligation N5)")
class InspectionController {

    static final String PATH = "/api/v1/inspections";
    private static final Set<String> SORTABLE = Set.of("inspectedOn", "opdCode", "recordedAt");

    private final Inspections inspections;
    private final ChangeHistoryLog histories;

    InspectionController(Inspections inspections, ChangeHistoryLog histories) {
        this.inspections = inspections;
        this.histories = histories;
    }

    @ProblemResponses(422) // G1 unknown OPD, N5 an inspection in the future
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Record an inspection of an OPD's LAN (Dinas)", description = "Any OPD, Mandiri TIK or not; "
            + "keeps the inventory revision inspected. 422 G1 for an unknown OPD, N5 for a date after today. Emits "
            + "InspectionRecorded.")
    ResponseEntity<InspectionResponse> record(@Valid @RequestBody InspectionRequest request, Caller caller) {
        Inspection inspection = inspections.record(caller, request.opd(), request.inspectedOn(), request.summary());
        return ResponseEntity.created(Locations.of(PATH, inspection.id())).eTag(ETags.of(inspection.version()))
                .body(InspectionResponse.of(inspection));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/findings")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Record a finding (Dinas)", description = "Severity LOW…CRITICAL and a due date not before "
            + "the inspection (422 N5); deviceId, if given, a device of the LAN (422 N5). Emits "
            + "InspectionFindingOpened.")
    ResponseEntity<InspectionResponse> open(@PathVariable String id, @Valid @RequestBody FindingRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Inspections.Opened opened = inspections.open(caller, id, request.toSpec(), ifMatch);
        return ResponseEntity.created(URI.create(PATH + "/" + id + "/findings/" + opened.finding().id()))
                .eTag(ETags.of(opened.inspection().version())).body(InspectionResponse.of(opened.inspection()));
    }

    @PostMapping("/{id}/findings/{findingId}/resolve")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Resolve a finding (OPEN → RESOLVED, Dinas)", description = "With how it was resolved; 409 "
            + "when resolved already. Emits InspectionFindingResolved (late when after the due date).")
    ResponseEntity<InspectionResponse> resolve(@PathVariable String id, @PathVariable String findingId,
            @Valid @RequestBody ResolveRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(inspections.resolve(caller, id, findingId, request.resolution(), ifMatch));
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping
    @Operation(summary = "List inspections", description = "OPD users see their OPD's; region-wide roles all, or "
            + "one OPD's with `opd`. Filter: openFindings. Sort: inspectedOn, opdCode, recordedAt.")
    PageResponse<InspectionResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Boolean openFindings, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        return PageResponse.of(inspections.list(caller, opd, openFindings, PageRequests.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Direction.DESC, "inspectedOn"))), InspectionResponse::of);
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "Inspections and their findings as CSV", description = "Same scope and filter "
            + "as the list (opd, openFindings); one row per finding, inspections oldest first, with the inspection's "
            + "columns repeated; an inspection without findings has one row with empty finding columns (N5). Cells a "
            + "spreadsheet would run as a formula (= + - @) start with an apostrophe.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> exportInspectionsCsv(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Boolean openFindings, Caller caller) {
        return CsvText.attachment("inspeksi-jaringan.csv",
                InspectionCsv.of(inspections.all(caller, opd, openFindings)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One inspection with its findings")
    ResponseEntity<InspectionResponse> get(@PathVariable String id, Caller caller) {
        return reply(inspections.get(caller, id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Tamper-evident history of an inspection (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(inspections.get(caller, id)));
    }

    private static ResponseEntity<InspectionResponse> reply(Inspection inspection) {
        return ResponseEntity.ok().eTag(ETags.of(inspection.version())).body(InspectionResponse.of(inspection));
    }
}
