package id.go.spbe.datacenter.vps.web;

import id.go.spbe.datacenter.csv.CsvExport;
import id.go.spbe.datacenter.history.HistoryResponse;
import id.go.spbe.datacenter.vps.VpsRequests;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.datacenter.vps.domain.VpsStatus;
import id.go.spbe.datacenter.vps.web.VpsPayloads.VpsRequestForm;
import id.go.spbe.datacenter.vps.web.VpsPayloads.VpsResponse;
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
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** VPS requests (D4, A1): OPD operators ask for their OPD, Dinas for any; lists are OPD-scoped. */
@RestController
@RequestMapping(VpsRequestController.PATH)
@Tag(name = "VPS", description = "VPS requests of OPD that run no servers of their own (D4, A1)")
class VpsRequestController {

    static final String PATH = "/api/v1/vps-requests";
    private static final Set<String> SORTABLE = Set.of("opd", "status", "updatedAt", "expiresOn", "dataCenter");

    private final VpsRequests requests;
    private final ChangeHistoryLog histories;

    VpsRequestController(VpsRequests requests, ChangeHistoryLog histories) {
        this.requests = requests;
        this.histories = histories;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Request a VPS (SUBMITTED)",
            description = "For the caller's OPD (Dinas names opd). The application must be the OPD's, registered "
                    + "and not decommissioned (422 A1); a Mandiri TIK OPD uses colocation where the profile says "
                    + "so (422 D4); osImage: an active image of the catalogue (/api/v1/os-images) whose support has "
                    + "not ended (422 D4). Emits VpsRequested.")
    ResponseEntity<VpsResponse> submit(@Valid @RequestBody VpsRequestForm form, Caller caller) {
        VpsRequest vps = requests.submit(caller, form.opd(), form.applicationId(), form.spec(), form.purpose(),
                form.termMonths());
        return ResponseEntity.created(Locations.of(PATH, vps.id())).eTag(ETags.of(vps.version()))
                .body(VpsResponse.of(vps));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One VPS request, with its ETag")
    ResponseEntity<VpsResponse> get(@PathVariable String id, Caller caller) {
        VpsRequest vps = requests.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(vps.version())).body(VpsResponse.of(vps));
    }

    @GetMapping
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "List VPS requests",
            description = "Operators see their OPD's; region-wide roles see all or filter by opd. Sort: opd, status, "
                    + "updatedAt, expiresOn, dataCenter.")
    PageResponse<VpsResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) VpsStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        return PageResponse.of(requests.list(caller, opd, status,
                PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"))),
                VpsResponse::of);
    }

    @GetMapping("/export.csv")
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "VPS requests the caller may see, as CSV",
            description = "Same scope and filters as the list (opd, status). Cells a spreadsheet would run as a "
                    + "formula start with an apostrophe.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void export(@RequestParam(required = false) String opd, @RequestParam(required = false) VpsStatus status,
            Caller caller, HttpServletResponse response) throws IOException {
        CsvExport.write(response, "vps.csv", page -> requests.list(caller, opd, status, page),
                Sort.by("opd", "_id"), List.of("id", "opd", "applicationId", "applicationName", "status",
                        "dataCenter", "vcpu", "ramGib", "diskGib", "osImage", "hostname", "ipAddress", "expiresOn",
                        "purpose", "submittedBy", "submittedAt", "updatedAt"),
                v -> Arrays.asList(v.id(), v.opd(), v.applicationId(), v.applicationName(), v.status().name(),
                        v.dataCenter(), v.spec().vcpu(), v.spec().ramGib(), v.spec().diskGib(), v.spec().osImage(),
                        v.provisioning() == null ? null : v.provisioning().hostname(),
                        v.provisioning() == null ? null : v.provisioning().ipAddress(), v.expiresOn(), v.purpose(),
                        v.submission().by(), v.submission().at(), v.updatedAt()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Tamper-evident change history of a VPS request (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(requests.get(caller, id)));
    }
}
