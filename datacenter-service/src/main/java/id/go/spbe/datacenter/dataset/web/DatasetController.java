package id.go.spbe.datacenter.dataset.web;

import id.go.spbe.datacenter.dataset.Datasets;
import id.go.spbe.datacenter.dataset.domain.Dataset;
import id.go.spbe.datacenter.dataset.web.DatasetPayloads.AccessResponse;
import id.go.spbe.datacenter.dataset.web.DatasetPayloads.DatasetResponse;
import id.go.spbe.datacenter.dataset.web.DatasetPayloads.DatasetSummary;
import id.go.spbe.datacenter.dataset.web.DatasetPayloads.LevelsResponse;
import id.go.spbe.datacenter.dataset.web.DatasetPayloads.ReclassifyForm;
import id.go.spbe.datacenter.dataset.web.DatasetPayloads.RegisterForm;
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

/** The register of datasets stored in the data center, their classification and access log (D8, D7). */
@RestController
@Tag(name = "Dataset", description = "Datasets stored in the data center: classification and access log (D8)")
class DatasetController {

    static final String PATH = "/api/v1/datasets";
    static final String ACCESS = "/api/v1/dataset-access";

    private final Datasets datasets;
    private final ChangeHistoryLog histories;

    DatasetController(Datasets datasets, ChangeHistoryLog histories) {
        this.datasets = datasets;
        this.histories = histories;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @ProblemResponses(422) // D8: the system is not one of the OPD's; G1: an OPD not in the directory
    @Operation(summary = "Register a dataset stored in the data center (owner OPD or Dinas, D8)",
            description = "On one of the OPD's systems (registered application or VPS), with the person or unit "
                    + "answering for it and a classification among the profile's levels (GET /datasets/levels; 400 "
                    + "naming classification otherwise). Emits DatasetRegistered; logged as REGISTER.")
    ResponseEntity<DatasetResponse> register(@Valid @RequestBody RegisterForm form, Caller caller) {
        Dataset dataset = datasets.register(caller, form.opd(), form.name(), form.systemKind(), form.systemId(),
                form.classification(), form.owner(), form.description());
        return ResponseEntity.created(Locations.of(PATH, dataset.id())).eTag(ETags.of(dataset.version()))
                .body(DatasetResponse.of(dataset));
    }

    @GetMapping(PATH + "/levels")
    @Operation(summary = "The classification levels of the region's profile, lowest first (D8)")
    LevelsResponse levels() {
        return new LevelsResponse(datasets.levels());
    }

    @GetMapping(PATH)
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "List the dataset register", description = "OPD-scoped; rows without the description (the "
            + "record's read is logged, the list's is not); sort: opd, name, classification.")
    PageResponse<DatasetSummary> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) String classification,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(datasets.list(caller, opd, classification, PageRequests.of(page, size, sort,
                Set.of("opd", "name", "classification"), Sort.by("opd", "name"))), DatasetSummary::of);
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "Read a dataset's record (logged, D8; Dinas needs the owner's consent, D7)",
            description = "Every read is logged in the owner's access log. Dinas reading another OPD's dataset needs "
                    + "a consent in force covering DATASET_ACCESS on the dataset or its system where the profile "
                    + "requires one (403 with obligation D7, the refusal logged too).")
    ResponseEntity<DatasetResponse> get(@PathVariable String id, Caller caller) {
        Dataset dataset = datasets.read(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(dataset.version())).body(DatasetResponse.of(dataset));
    }

    @PostMapping(PATH + "/{id}/reclassify")
    @RolesAllowed(Roles.OPD_OPERATOR)
    @Operation(summary = "Set another classification, with a reason (owner OPD's operator, D8)",
            description = "If-Match (412 when stale); the same level again 409. Emits DatasetReclassified.")
    ResponseEntity<DatasetResponse> reclassify(@PathVariable String id, @Valid @RequestBody ReclassifyForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Dataset dataset = datasets.reclassify(caller, id, form.classification(), form.reason(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(dataset.version())).body(DatasetResponse.of(dataset));
    }

    @GetMapping(PATH + "/{id}/history")
    @Operation(summary = "Tamper-evident history of a dataset's record (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(datasets.visible(caller, id)));
    }

    @GetMapping(ACCESS)
    @ProblemResponses({404, 422}) // another OPD's (or no) dataset; G1: an opd filter naming no OPD of the directory
    @Operation(summary = "The access log of an OPD's datasets, or of one dataset (D8)",
            description = "Newest first: reads, changes and custody actions (D7), refused ones included. The owner "
                    + "OPD sees its own; another OPD's list 403, another OPD's dataset 404; region-wide roles all.")
    PageResponse<AccessResponse> accessLog(@RequestParam(required = false) String opd,
            @RequestParam(required = false) String datasetId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(datasets.accessLog(caller, opd, datasetId, PageRequests.of(page, size, sort,
                Set.of("at"), Sort.by(Sort.Direction.DESC, "at", "id"))), AccessResponse::of);
    }
}
