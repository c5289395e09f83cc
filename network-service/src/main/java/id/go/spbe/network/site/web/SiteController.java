package id.go.spbe.network.site.web;

import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.network.site.SiteCsv;
import id.go.spbe.network.site.SiteRegister;
import id.go.spbe.network.site.domain.Site;
import id.go.spbe.network.site.web.SitePayloads.HistoryResponse;
import id.go.spbe.network.site.web.SitePayloads.RegisterSiteRequest;
import id.go.spbe.network.site.web.SitePayloads.SiteResponse;
import id.go.spbe.network.site.web.SitePayloads.UpdateSiteRequest;
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

/** Sites of the OPDs on the intra-government network and their upstream interconnections (N1); Dinas edits. */
@RestController
@RequestMapping(SiteController.PATH)
@Tag(name = "Site", description = "OPD sites and upstream interconnections (obligations N1, N2)")
class SiteController {

    static final String PATH = "/api/v1/sites";
    private static final Set<String> SORTABLE = Set.of("name", "opdCode", "registeredAt");

    private final SiteRegister register;
    private final ChangeHistoryLog histories;

    SiteController(SiteRegister register, ChangeHistoryLog histories) {
        this.register = register;
        this.histories = histories;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Register a site of an OPD (Dinas)",
            description = "422 G1 for an OPD the directory does not know. Emits SiteRegistered.")
    ResponseEntity<SiteResponse> register(@Valid @RequestBody RegisterSiteRequest request, Caller caller) {
        Site site = register.register(caller, request.opd(), request.details());
        return ResponseEntity.created(Locations.of(PATH, site.id())).eTag(ETags.of(site.version()))
                .body(response(site));
    }

    @PutMapping("/{id}")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Replace what is recorded about a site (Dinas)",
            description = "Optional If-Match with the site's ETag (412 when stale). Emits SiteUpdated.")
    ResponseEntity<SiteResponse> update(@PathVariable String id, @Valid @RequestBody UpdateSiteRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(register.update(caller, id, request.details(), ifMatch));
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping
    @Operation(summary = "List sites", description = "OPD users see their OPD's sites; region-wide roles all, or "
            + "one OPD's with `opd`; `includeSubUnits=true` adds the sites of the OPDs below it in the directory's "
            + "tree (those the caller may see).")
    PageResponse<SiteResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(defaultValue = "false") boolean includeSubUnits,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(register.list(caller, opd, includeSubUnits, PageRequests.of(page, size, sort,
                SORTABLE, Sort.by("_id"))), this::response);
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "Sites as CSV", description = "Same scope and filters as the list (opd, "
            + "includeSubUnits); one row per site, oldest first, with address, coordinates and its interconnections "
            + "with the provincial and central networks (N1). Cells a spreadsheet would run as a formula (= + - @) "
            + "start with an apostrophe.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> exportSitesCsv(@RequestParam(required = false) String opd,
            @RequestParam(defaultValue = "false") boolean includeSubUnits, Caller caller) {
        return CsvText.attachment("lokasi-jaringan.csv", SiteCsv.of(register.all(caller, opd, includeSubUnits)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One site")
    ResponseEntity<SiteResponse> get(@PathVariable String id, Caller caller) {
        return reply(register.get(caller, id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Tamper-evident change history of a site (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(register.get(caller, id)));
    }

    private ResponseEntity<SiteResponse> reply(Site site) {
        return ResponseEntity.ok().eTag(ETags.of(site.version())).body(response(site));
    }

    private SiteResponse response(Site site) {
        return SiteResponse.of(site, register.parentOf(site.opdCode()).orElse(null));
    }
}
