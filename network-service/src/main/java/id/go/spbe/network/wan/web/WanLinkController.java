package id.go.spbe.network.wan.web;

import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.network.wan.WanLinkCsv;
import id.go.spbe.network.wan.WanLinkRegister;
import id.go.spbe.network.wan.domain.WanLink;
import id.go.spbe.network.wan.domain.WanLinkStatus;
import id.go.spbe.network.wan.domain.WanMedium;
import id.go.spbe.network.wan.web.WanLinkPayloads.DecommissionRequest;
import id.go.spbe.network.wan.web.WanLinkPayloads.HistoryResponse;
import id.go.spbe.network.wan.web.WanLinkPayloads.WanLinkRequest;
import id.go.spbe.network.wan.web.WanLinkPayloads.WanLinkResponse;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** WAN circuits between sites, down to the OPD router port (N2); only Dinas writes. */
@RestController
@RequestMapping(WanLinkController.PATH)
@Tag(name = "WAN link", description = "WAN circuits between OPD sites (obligation N2)")
class WanLinkController {

    static final String PATH = "/api/v1/wan-links";
    private static final Set<String> SORTABLE = Set.of("provider", "circuitId", "medium", "bandwidthDownMbps",
            "status", "registeredAt");

    private final WanLinkRegister register;
    private final ChangeHistoryLog histories;

    WanLinkController(WanLinkRegister register, ChangeHistoryLog histories) {
        this.register = register;
        this.histories = histories;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Register a WAN circuit (Dinas)", description = "409 when the provider's circuit id is "
            + "recorded already (a duplicate key) or the router port ends another circuit; 422 N2 naming the field "
            + "for an unknown site, a device that is not a router of the site's OPD, an unknown port, or both ends "
            + "at one site. Emits WanLinkChanged (REGISTERED).")
    ResponseEntity<WanLinkResponse> register(@Valid @RequestBody WanLinkRequest request, Caller caller) {
        WanLink link = register.register(caller, request.toRequest());
        return ResponseEntity.created(Locations.of(PATH, link.id())).eTag(ETags.of(link.version()))
                .body(WanLinkResponse.of(link));
    }

    @PutMapping("/{id}")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Replace a WAN circuit's record (Dinas)", description = "Same checks as registering; 409 "
            + "when decommissioned. Emits WanLinkChanged (UPDATED).")
    ResponseEntity<WanLinkResponse> update(@PathVariable String id, @Valid @RequestBody WanLinkRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(register.update(caller, id, request.toRequest(), ifMatch));
    }

    @PostMapping("/{id}/decommission")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Decommission a WAN circuit (ACTIVE → DECOMMISSIONED, Dinas)",
            description = "With a reason and `decommissionedOn`, the date it stopped serving (left out: today in the "
                    + "region's time zone; after today or before its contract began: 422 N2). The circuit leaves the "
                    + "active inventory and the WAN diagram but keeps its record and history; the yearly review (N8) "
                    + "counts it active up to the day before that date. 409 when decommissioned already. Emits "
                    + "WanLinkChanged (DECOMMISSIONED).")
    ResponseEntity<WanLinkResponse> decommission(@PathVariable String id,
            @Valid @RequestBody DecommissionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(register.decommission(caller, id, request.reason(), request.decommissionedOn(), ifMatch));
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping
    @Operation(summary = "List WAN circuits", description = "OPD users see circuits ending at their OPD; "
            + "region-wide roles all, or one OPD's with `opd`. Filters: medium, status.")
    PageResponse<WanLinkResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) WanMedium medium, @RequestParam(required = false) WanLinkStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(register.list(caller, opd, medium, status, PageRequests.of(page, size, sort,
                SORTABLE, Sort.by("_id"))), WanLinkResponse::of);
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "WAN circuits as CSV", description = "Same scope and filters as the list (medium, status); "
            + "one row per circuit, oldest first, with contract, SLA and both ends down to the router port (N2). "
            + "Cells a spreadsheet would run as a formula (= + - @) start with an apostrophe.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> exportCsv(@RequestParam(required = false) String opd,
            @RequestParam(required = false) WanMedium medium, @RequestParam(required = false) WanLinkStatus status,
            Caller caller) {
        return CsvText.attachment("sirkuit-wan.csv", WanLinkCsv.of(register.all(caller, opd, medium, status)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One WAN circuit")
    ResponseEntity<WanLinkResponse> get(@PathVariable String id, Caller caller) {
        return reply(register.get(caller, id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Tamper-evident change history of a WAN circuit (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(register.get(caller, id)));
    }

    private static ResponseEntity<WanLinkResponse> reply(WanLink link) {
        return ResponseEntity.ok().eTag(ETags.of(link.version())).body(WanLinkResponse.of(link));
    }
}
