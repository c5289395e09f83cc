package id.go.spbe.datacenter.osimage.web;

import id.go.spbe.datacenter.history.HistoryResponse;
import id.go.spbe.datacenter.osimage.OsImages;
import id.go.spbe.datacenter.osimage.domain.OsImage;
import id.go.spbe.datacenter.osimage.web.OsImagePayloads.OsImageAddForm;
import id.go.spbe.datacenter.osimage.web.OsImagePayloads.OsImageResponse;
import id.go.spbe.datacenter.osimage.web.OsImagePayloads.OsImageRetireForm;
import id.go.spbe.datacenter.osimage.web.OsImagePayloads.OsImageUpdateForm;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.profile.RegionProfile;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The OS image catalogue a VPS is provisioned from (D4): Dinas keeps it, every signed-in caller reads it. */
@RestController
@Tag(name = "Katalog image OS", description = "OS images a VPS can be provisioned from (D4)")
class OsImageController {

    static final String PATH = "/api/v1/os-images";

    private final OsImages images;
    private final ChangeHistoryLog histories;
    private final ZoneId zone;
    private final Clock clock;

    OsImageController(OsImages images, ChangeHistoryLog histories, RegionProfile region, Clock clock) {
        this.images = images;
        this.histories = histories;
        this.zone = region.region().timeZone();
        this.clock = clock;
    }

    private OsImageResponse view(OsImage image) {
        return OsImageResponse.of(image, LocalDate.now(clock.withZone(zone)));
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Add an OS image to the catalogue (Dinas, D4)", description = "code: lower-case, e.g. "
            + "ubuntu-24.04 — what VPS requests name; a code already in the catalogue, active or retired, is 409. "
            + "endOfSupport: the vendor's end of support (optional). Emits OsImageAdded.")
    ResponseEntity<OsImageResponse> add(@Valid @RequestBody OsImageAddForm form, Caller caller) {
        OsImage image = images.add(caller, form.code(), form.name(), form.version(), form.family(),
                form.endOfSupport());
        return ResponseEntity.created(Locations.of(PATH, image.code())).eTag(ETags.of(image.version()))
                .body(view(image));
    }

    @GetMapping(PATH)
    @Operation(summary = "List the OS image catalogue", description = "Every signed-in caller. Filters: status "
            + "(ACTIVE for what a VPS request may name), family; sort: code, name, family, endOfSupport, status.")
    PageResponse<OsImageResponse> list(@RequestParam(required = false) OsImage.Status status,
            @RequestParam(required = false) OsImage.Family family,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(images.list(status, family, PageRequests.of(page, size, sort,
                Set.of("code", "name", "family", "endOfSupport", "status"), Sort.by("family", "name", "code"))),
                this::view);
    }

    @GetMapping(PATH + "/{code}")
    @Operation(summary = "One OS image, with its ETag")
    ResponseEntity<OsImageResponse> get(@PathVariable String code) {
        OsImage image = images.get(code);
        return ResponseEntity.ok().eTag(ETags.of(image.version())).body(view(image));
    }

    @PutMapping(PATH + "/{code}")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Correct an OS image's description (Dinas)", description = "If-Match (412 when stale); a "
            + "retired image is not changed (409). Emits OsImageUpdated when something changed.")
    ResponseEntity<OsImageResponse> update(@PathVariable String code, @Valid @RequestBody OsImageUpdateForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        OsImage image = images.update(caller, code, form.name(), form.version(), form.family(), form.endOfSupport(),
                ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(image.version())).body(view(image));
    }

    @PostMapping(PATH + "/{code}/retire")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @ProblemResponses(409)
    @Operation(summary = "Retire an OS image, with a reason (Dinas)", description = "Images are retired, never "
            + "deleted: VPS already running on it keep naming it; new requests naming it get 422 D4. If-Match (412 "
            + "when stale); retired twice 409. Emits OsImageRetired.")
    ResponseEntity<OsImageResponse> retire(@PathVariable String code, @Valid @RequestBody OsImageRetireForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        OsImage image = images.retire(caller, code, form.reason(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(image.version())).body(view(image));
    }

    @GetMapping(PATH + "/{code}/history")
    @Operation(summary = "Tamper-evident history of an OS image (SEC1)")
    HistoryResponse history(@PathVariable String code) {
        return HistoryResponse.of(histories.of(images.get(code)));
    }
}
