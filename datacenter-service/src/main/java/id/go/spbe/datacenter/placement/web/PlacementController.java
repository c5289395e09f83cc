package id.go.spbe.datacenter.placement.web;

import id.go.spbe.datacenter.history.HistoryResponse;
import id.go.spbe.datacenter.placement.Placements;
import id.go.spbe.datacenter.placement.domain.DeclaredSystem;
import id.go.spbe.datacenter.placement.web.PlacementPayloads.DeclareForm;
import id.go.spbe.datacenter.placement.web.PlacementPayloads.DeclaredResponse;
import id.go.spbe.datacenter.placement.web.PlacementPayloads.RegisterResponse;
import id.go.spbe.datacenter.placement.web.PlacementPayloads.WithdrawForm;
import id.go.spbe.datacenter.regulation.DatacenterRegulation;
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
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** Placement register (D2): what each OPD runs in the data center and what it declares running elsewhere. */
@RestController
@Tag(name = "Penempatan", description = "Placement register: systems inside and outside the data center (D2)")
class PlacementController {

    static final String PATH = "/api/v1/placements";
    static final String DECLARED = PATH + "/declared";

    private final Placements placements;
    private final DatacenterRegulation regulation;
    private final ChangeHistoryLog histories;

    PlacementController(Placements placements, DatacenterRegulation regulation, ChangeHistoryLog histories) {
        this.placements = placements;
        this.regulation = regulation;
        this.histories = histories;
    }

    @GetMapping(PATH)
    @ProblemResponses({400, 422}) // region-wide callers name the OPD; G1: an OPD not in the directory
    @Operation(summary = "The placement register of one OPD (D2)",
            description = "VPS holding resources and active colocations in the data center, and the systems the "
                    + "OPD declares running elsewhere — each flagged with D2 where the profile's "
                    + "datacenter.opd-placement is MANDATORY. OPD-scoped; region-wide callers pass opd.")
    RegisterResponse register(@RequestParam(required = false) String opd, Caller caller) {
        return RegisterResponse.of(placements.register(caller, opd), regulation.placementObligationOutside());
    }

    @PostMapping(DECLARED)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Declare a system running outside the data center (owner OPD or Dinas, D2)",
            description = "Where it runs (location and detail); a named application must be the OPD's and in the "
                    + "register (422 A1). Emits PlacementDeclared (with obligation D2 where placement is mandatory).")
    ResponseEntity<DeclaredResponse> declare(@Valid @RequestBody DeclareForm form, Caller caller) {
        DeclaredSystem system = placements.declare(caller, form.opd(), form.name(), form.applicationId(),
                form.location(), form.locationDetail());
        return ResponseEntity.created(Locations.of(DECLARED, system.id())).eTag(ETags.of(system.version()))
                .body(DeclaredResponse.of(system, regulation.placementObligationOutside()));
    }

    @GetMapping(DECLARED)
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "List systems declared outside the data center", description = "OPD-scoped; sort: opd, "
            + "name, declaredAt.")
    PageResponse<DeclaredResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) DeclaredSystem.Status status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        String obligation = regulation.placementObligationOutside();
        return PageResponse.of(placements.list(caller, opd, status, PageRequests.of(page, size, sort,
                Set.of("opd", "name", "declaredAt"), Sort.by("opd", "name"))),
                s -> DeclaredResponse.of(s, obligation));
    }

    @GetMapping(DECLARED + "/{id}")
    @Operation(summary = "One declared system, with its ETag")
    ResponseEntity<DeclaredResponse> declared(@PathVariable String id, Caller caller) {
        DeclaredSystem system = placements.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(system.version()))
                .body(DeclaredResponse.of(system, regulation.placementObligationOutside()));
    }

    @PostMapping(DECLARED + "/{id}/withdraw")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Withdraw a declared system, with a reason (moved in, or retired)",
            description = "If-Match (412 when stale); withdrawn twice 409. Emits PlacementWithdrawn.")
    ResponseEntity<DeclaredResponse> withdraw(@PathVariable String id, @Valid @RequestBody WithdrawForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        DeclaredSystem system = placements.withdraw(caller, id, form.reason(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(system.version()))
                .body(DeclaredResponse.of(system, regulation.placementObligationOutside()));
    }

    @GetMapping(DECLARED + "/{id}/history")
    @Operation(summary = "Tamper-evident history of a declared system (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(placements.get(caller, id)));
    }
}
