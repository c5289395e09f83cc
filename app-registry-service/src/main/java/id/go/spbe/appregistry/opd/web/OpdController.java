package id.go.spbe.appregistry.opd.web;

import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.opd.OpdFilter;
import id.go.spbe.appregistry.opd.domain.Opd;
import id.go.spbe.appregistry.opd.web.OpdPayloads.HistoryResponse;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.appregistry.opd.web.OpdPayloads.OpdResponse;
import id.go.spbe.appregistry.opd.web.OpdPayloads.RegisterOpdRequest;
import id.go.spbe.appregistry.opd.web.OpdPayloads.UpdateOpdRequest;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** The OPD directory (G1): Dinas admins write, every authenticated caller reads. */
@RestController
@RequestMapping("/api/v1/opds")
@Tag(name = "Direktori OPD", description = "Perangkat Daerah of the region (obligation G1)")
class OpdController {

    private static final Set<String> SORTABLE = Set.of("code", "name", "kind", "registeredAt");

    private final OpdDirectory directory;
    private final ChangeHistoryLog histories;

    OpdController(OpdDirectory directory, ChangeHistoryLog histories) {
        this.histories = histories;
        this.directory = directory;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Register an OPD", description = "Emits OpdRegistered. Only one OPD may be Dinas; a "
            + "parentCode must name an active OPD; UNIT_KERJA and SUB_UNIT need one.")
    ResponseEntity<OpdResponse> register(@Valid @RequestBody RegisterOpdRequest request) {
        Opd opd = directory.register(request.code(), request.entry());
        return ResponseEntity
                .created(Locations.of("/api/v1/opds", opd.code()))
                .eTag(ETags.of(opd.version()))
                .body(OpdResponse.of(opd));
    }

    @PutMapping("/" + OpdPayloads.CODE_PATH)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Replace an OPD's directory entry",
            description = "Send If-Match with the ETag you read; emits OpdUpdated. Without parentCode the OPD is "
                    + "top-level. mandiriTik cannot be changed here (only by decree, G3).")
    ResponseEntity<OpdResponse> update(@PathVariable String code, @Valid @RequestBody UpdateOpdRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Opd opd = directory.update(code, request.entry(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(opd.version())).body(OpdResponse.of(opd));
    }

    @GetMapping
    @Operation(summary = "List OPDs", description = "Paged; sort by code, name, kind or registeredAt. Filters: "
            + "parent (direct sub-units of that code), mandiriTik, active, q (part of name or code, any case).")
    PageResponse<OpdResponse> list(@RequestParam(required = false) String parent,
            @RequestParam(required = false) Boolean mandiriTik, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        OpdFilter filter = new OpdFilter(blankToNull(parent), mandiriTik, active, blankToNull(q));
        return PageResponse.of(directory.list(filter, PageRequests.of(page, size, sort, SORTABLE, Sort.by("_id"))),
                OpdResponse::of);
    }

    @GetMapping("/" + OpdPayloads.CODE_PATH)
    @Operation(summary = "One OPD of the directory, with its ETag")
    ResponseEntity<OpdResponse> get(@PathVariable String code) {
        Opd opd = directory.get(code);
        return ResponseEntity.ok().eTag(ETags.of(opd.version())).body(OpdResponse.of(opd));
    }

    @GetMapping("/" + OpdPayloads.CODE_PATH + "/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Tamper-evident change history of an OPD (SEC1)")
    HistoryResponse history(@PathVariable String code) {
        return HistoryResponse.of(histories.of(directory.get(code)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
