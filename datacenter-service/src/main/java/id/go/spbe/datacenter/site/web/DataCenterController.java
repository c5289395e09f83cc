package id.go.spbe.datacenter.site.web;

import id.go.spbe.datacenter.site.CapacityLedger;
import id.go.spbe.datacenter.site.DataCenters;
import id.go.spbe.datacenter.site.domain.DataCenter;
import id.go.spbe.datacenter.site.web.DataCenterPayloads.CapacityResponse;
import id.go.spbe.datacenter.site.web.DataCenterPayloads.DataCenterForm;
import id.go.spbe.datacenter.site.web.DataCenterPayloads.DataCenterResponse;
import id.go.spbe.datacenter.site.web.DataCenterPayloads.LinkStatusForm;
import id.go.spbe.datacenter.site.web.DataCenterPayloads.RegisterDataCenterForm;
import id.go.spbe.datacenter.history.HistoryResponse;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** The region's data centers (D1, D9) and their capacity: Dinas maintains, everyone signed in reads. */
@RestController
@Tag(name = "Pusat Data", description = "Data centers, upstream links, DR targets and capacity (D1, D9)")
class DataCenterController {

    static final String PATH = "/api/v1/data-centers";
    private static final Set<String> SORTABLE = Set.of("code", "name", "role");

    private final DataCenters dataCenters;
    private final CapacityLedger capacity;
    private final ChangeHistoryLog histories;

    DataCenterController(DataCenters dataCenters, CapacityLedger capacity, ChangeHistoryLog histories) {
        this.dataCenters = dataCenters;
        this.capacity = capacity;
        this.histories = histories;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Register a data center (Dinas)",
            description = "One MAIN site per region (D1); DR targets name a registered DISASTER_RECOVERY site (D9). "
                    + "Emits DataCenterRegistered.")
    ResponseEntity<DataCenterResponse> register(@Valid @RequestBody RegisterDataCenterForm form, Caller caller) {
        DataCenter dc = dataCenters.register(caller, form.code(), form.dataCenter().details());
        return ResponseEntity.created(Locations.of(PATH, dc.code())).eTag(ETags.of(dc.version()))
                .body(DataCenterResponse.of(dc));
    }

    @PutMapping(PATH + "/{code}")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Replace a data center's capacity, links and DR targets (Dinas)",
            description = "Send If-Match with the ETag you read (412 when stale). Emits DataCenterUpdated when "
                    + "something changed.")
    ResponseEntity<DataCenterResponse> update(@PathVariable String code, @Valid @RequestBody DataCenterForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        DataCenter dc = dataCenters.update(caller, code, form.details(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(dc.version())).body(DataCenterResponse.of(dc));
    }

    @PostMapping(PATH + "/{code}/link-status")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Record the status of the link to the provincial or national data center (Dinas, D1)",
            description = "The link must be recorded on the data center (422 D1); the same status again is a 409. "
                    + "Emits DataCenterLinkStatusChanged.")
    ResponseEntity<DataCenterResponse> linkStatus(@PathVariable String code, @Valid @RequestBody LinkStatusForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        DataCenter dc = dataCenters.recordLinkStatus(caller, code, form.upstream(), form.status(), form.note(),
                ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(dc.version())).body(DataCenterResponse.of(dc));
    }

    @GetMapping(PATH + "/{code}")
    @Operation(summary = "One data center, with its ETag")
    ResponseEntity<DataCenterResponse> get(@PathVariable String code) {
        DataCenter dc = dataCenters.get(code);
        return ResponseEntity.ok().eTag(ETags.of(dc.version())).body(DataCenterResponse.of(dc));
    }

    @GetMapping(PATH)
    @Operation(summary = "List the region's data centers", description = "Sort: code, name, role.")
    PageResponse<DataCenterResponse> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(dataCenters.list(PageRequests.of(page, size, sort, SORTABLE, Sort.by("code"))),
                DataCenterResponse::of);
    }

    @GetMapping(PATH + "/{code}/capacity")
    @Operation(summary = "Allocated against free capacity of a data center (D1)",
            description = "Allocatable = installed × overcommit (vCPU, RAM); allocated = approved, provisioned and "
                    + "active VPS plus active colocations.")
    CapacityResponse capacityOf(@PathVariable String code) {
        return CapacityResponse.of(capacity.reportFor(dataCenters.get(code)));
    }

    @GetMapping("/api/v1/capacity")
    @Operation(summary = "Capacity of every data center of the region (D1)")
    PageResponse<CapacityResponse> capacity(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(dataCenters.list(PageRequests.of(page, size, null, SORTABLE, Sort.by("code"))),
                dc -> CapacityResponse.of(capacity.reportFor(dc)));
    }

    @GetMapping(PATH + "/{code}/history")
    @Operation(summary = "Tamper-evident change history of a data center (SEC1)")
    HistoryResponse history(@PathVariable String code) {
        return HistoryResponse.of(histories.of(dataCenters.get(code)));
    }
}
