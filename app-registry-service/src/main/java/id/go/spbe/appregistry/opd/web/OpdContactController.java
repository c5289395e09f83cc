package id.go.spbe.appregistry.opd.web;

import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.opd.domain.Opd;
import id.go.spbe.appregistry.opd.web.OpdPayloads.HeadRequest;
import id.go.spbe.appregistry.opd.web.OpdPayloads.OpdResponse;
import id.go.spbe.appregistry.opd.web.OpdPayloads.Tier1ContactRequest;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who answers for an OPD: its head and its Tier 1 service-desk contact (S2). Both are parts of the OPD record, so
 * they share its ETag; each write answers with the whole OPD.
 */
@RestController
@RequestMapping("/api/v1/opds/" + OpdPayloads.CODE_PATH)
@Tag(name = "Direktori OPD", description = "Perangkat Daerah of the region (obligation G1)")
class OpdContactController {

    private final OpdDirectory directory;

    OpdContactController(OpdDirectory directory) {
        this.directory = directory;
    }

    @PutMapping("/head")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Set the head of an OPD", description = "NIP is validated (18 digits, real dates); "
            + "If-Match with the OPD's ETag; emits OpdUpdated.")
    ResponseEntity<OpdResponse> head(@PathVariable String code, @Valid @RequestBody HeadRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Opd opd = directory.appointHead(code, request.toHead(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(opd.version())).body(OpdResponse.of(opd));
    }

    @PutMapping("/tier1-contact")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Set the Tier 1 service-desk contact of an OPD (S2)",
            description = "If-Match with the OPD's ETag; emits OpdUpdated.")
    ResponseEntity<OpdResponse> tier1Contact(@PathVariable String code,
            @Valid @RequestBody Tier1ContactRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Opd opd = directory.assignTier1Contact(code, request.toContact(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(opd.version())).body(OpdResponse.of(opd));
    }
}
