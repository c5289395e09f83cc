package id.go.spbe.datacenter.colocation.web;

import id.go.spbe.datacenter.colocation.Colocations;
import id.go.spbe.datacenter.colocation.Colocations.Placed;
import id.go.spbe.datacenter.colocation.domain.Rack;
import id.go.spbe.datacenter.colocation.domain.RackReservation;
import id.go.spbe.datacenter.colocation.web.ColocationPayloads.ColocationForm;
import id.go.spbe.datacenter.colocation.web.ColocationPayloads.ColocationResponse;
import id.go.spbe.datacenter.colocation.web.ColocationPayloads.ElevationResponse;
import id.go.spbe.datacenter.colocation.web.ColocationPayloads.RackForm;
import id.go.spbe.datacenter.colocation.web.ColocationPayloads.RackResponse;
import id.go.spbe.datacenter.colocation.web.ColocationPayloads.ReleaseForm;
import id.go.spbe.datacenter.history.HistoryResponse;
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
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
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

/** Racks and colocation reservations (D3, D4): Dinas registers racks; Mandiri TIK OPD reserve units. */
@RestController
@Tag(name = "Kolokasi", description = "Racks, rack-unit reservations for Mandiri TIK OPD, rack elevation (D3, D4)")
class ColocationController {

    static final String RACKS = "/api/v1/racks";
    static final String COLOCATIONS = "/api/v1/colocations";

    private final Colocations colocations;
    private final ChangeHistoryLog histories;

    ColocationController(Colocations colocations, ChangeHistoryLog histories) {
        this.colocations = colocations;
        this.histories = histories;
    }

    @PostMapping(RACKS)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Register a rack in a data center (Dinas)", description = "Emits RackRegistered.")
    ResponseEntity<RackResponse> registerRack(@Valid @RequestBody RackForm form, Caller caller) {
        Rack rack = colocations.registerRack(caller, form.dataCenter(), form.name(), form.heightU(),
                form.maxPowerKw());
        return ResponseEntity.created(Locations.of(RACKS, rack.id())).eTag(ETags.of(rack.version()))
                .body(RackResponse.of(rack));
    }

    @GetMapping(RACKS)
    @Operation(summary = "The racks of a data center")
    PageResponse<RackResponse> racks(@RequestParam String dataCenter, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Pageable pageable = PageRequests.of(page, size, null, Set.of(), Sort.by("name"));
        List<Rack> all = colocations.racksOf(dataCenter);
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return PageResponse.of(new PageImpl<>(all.subList(from, to), pageable, all.size()), RackResponse::of);
    }

    @GetMapping(RACKS + "/{id}")
    @Operation(summary = "One rack, with its ETag (send it as If-Match when reserving)")
    ResponseEntity<RackResponse> rack(@PathVariable String id) {
        Rack rack = colocations.rack(id);
        return ResponseEntity.ok().eTag(ETags.of(rack.version())).body(RackResponse.of(rack));
    }

    @GetMapping(RACKS + "/{id}/elevation")
    @Operation(summary = "Rack elevation: which unit belongs to which OPD (D3)",
            description = "Top unit first. The purpose is shown only to those who may see the owning OPD.")
    ElevationResponse elevation(@PathVariable String id, Caller caller) {
        return ElevationResponse.of(colocations.rack(id), caller);
    }

    @GetMapping(RACKS + "/{id}/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR, Roles.COORDINATOR, Roles.EVALUATOR})
    @Operation(summary = "Tamper-evident history of a rack and its reservations (SEC1, region-wide roles)")
    HistoryResponse history(@PathVariable String id) {
        return HistoryResponse.of(histories.of(colocations.rack(id)));
    }

    @PostMapping(COLOCATIONS)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @ProblemResponses(404) // rackId names no rack
    @Operation(summary = "Reserve rack units for own servers (Mandiri TIK OPD)",
            description = "For the caller's OPD (Dinas names opd). Only Mandiri TIK OPD where the profile says so "
                    + "(422 D4); units inside the rack and its power budget (422 D3) and the data center's free "
                    + "rack units and power (422 D4); overlapping an active reservation is a 409. If-Match: the "
                    + "rack's ETag. Emits ColocationReserved.")
    ResponseEntity<ColocationResponse> reserve(@Valid @RequestBody ColocationForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Placed placed = colocations.reserve(caller, form.rackId(), form.opd(), form.startU(), form.heightU(),
                form.powerKw(), form.purpose(), ifMatch);
        return ResponseEntity.created(Locations.of(COLOCATIONS, placed.reservation().id()))
                .eTag(ETags.of(placed.rack().version())).body(ColocationResponse.of(placed));
    }

    @GetMapping(COLOCATIONS + "/{id}")
    @Operation(summary = "One colocation reservation")
    ResponseEntity<ColocationResponse> get(@PathVariable String id, Caller caller) {
        Placed placed = colocations.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(placed.rack().version())).body(ColocationResponse.of(placed));
    }

    @GetMapping(COLOCATIONS)
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "List colocation reservations",
            description = "Operators see their OPD's; region-wide roles see all or filter by opd. Newest first.")
    PageResponse<ColocationResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) RackReservation.Status status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Caller caller) {
        Pageable pageable = PageRequests.of(page, size, null, Set.of(), Sort.by("reservedAt"));
        return PageResponse.of(colocations.list(caller, opd, status, pageable), ColocationResponse::of);
    }

    @PostMapping(COLOCATIONS + "/{id}/release")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Release a reservation, with a reason (owner OPD or Dinas)",
            description = "If-Match: the rack's ETag. Emits ColocationReleased.")
    ResponseEntity<ColocationResponse> release(@PathVariable String id, @Valid @RequestBody ReleaseForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Placed placed = colocations.release(caller, id, form.reason(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(placed.rack().version())).body(ColocationResponse.of(placed));
    }
}
