package id.go.spbe.audit.auditor.web;

import id.go.spbe.audit.auditor.AuditorRegister;
import id.go.spbe.audit.auditor.domain.Auditor;
import id.go.spbe.audit.auditor.domain.AuditorDetails;
import id.go.spbe.audit.auditor.domain.AuditorType;
import id.go.spbe.audit.auditor.domain.Certificate;
import id.go.spbe.audit.auditor.domain.Decree;
import id.go.spbe.audit.common.HistoryResponse;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The auditor register (AU3): Dinas records the internal team with its decree and external auditors and bodies
 * with their certificate or accreditation; coordinators and auditors read it.
 */
@RestController
@RequestMapping("/api/v1/auditors")
@Tag(name = "Auditor TIK", description = "Internal audit team and certified external auditors (obligation AU3)")
class AuditorController {

    static final String OPD_REGEX = "^[A-Z][A-Z0-9_-]{1,29}$";
    private static final Set<String> SORTABLE = Set.of("name", "type", "registeredAt");

    record DecreeBody(@NotBlank @Size(max = 100) String number, @NotNull LocalDate date,
            @Nullable @Size(max = 100) String documentId) {

        Decree toDecree() {
            return new Decree(number.trim(), date, documentId);
        }
    }

    record CertificateBody(@NotBlank @Size(max = 100) String number, @NotBlank @Size(max = 200) String issuer,
            @NotNull LocalDate expiresOn) {

        Certificate toCertificate() {
            return new Certificate(number.trim(), issuer.trim(), expiresOn);
        }
    }

    /**
     * An auditor: the internal team needs {@code decree} and {@code homeOpd}; external auditors and bodies need
     * {@code certificate} (422 AU3 otherwise). {@code username} is the auditor's login, so an assigned auditor sees
     * the audit.
     */
    record AuditorRequest(@NotNull AuditorType type, @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 100) String username,
            @Nullable @Pattern(regexp = OPD_REGEX, message = "kode OPD tidak valid") String homeOpd,
            @Nullable @Valid DecreeBody decree, @Nullable @Valid CertificateBody certificate,
            @Nullable Boolean active) {

        AuditorDetails details() {
            return new AuditorDetails(type, name.trim(), username == null || username.isBlank() ? null
                    : username.trim(), homeOpd, decree == null ? null : decree.toDecree(),
                    certificate == null ? null : certificate.toCertificate());
        }
    }

    record DecreeResponse(String number, LocalDate date, @Nullable String documentId) {
    }

    record CertificateResponse(String number, String issuer, LocalDate expiresOn) {
    }

    record AuditorResponse(String id, AuditorType type, String name, @Nullable String username,
            @Nullable String homeOpd, @Nullable DecreeResponse decree, @Nullable CertificateResponse certificate,
            boolean active, String registeredBy, Instant registeredAt,
            Instant updatedAt) {

        static AuditorResponse of(Auditor a) {
            Decree d = a.decree();
            Certificate c = a.certificate();
            return new AuditorResponse(a.id(), a.type(), a.name(), a.username(), a.homeOpd(),
                    d == null ? null : new DecreeResponse(d.number(), d.date(), d.documentId()),
                    c == null ? null : new CertificateResponse(c.number(), c.issuer(), c.expiresOn()), a.active(),
                    a.registeredBy(), a.registeredAt(), a.updatedAt());
        }
    }

    private final AuditorRegister register;

    AuditorController(AuditorRegister register) {
        this.register = register;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Register an auditor (AU3, Dinas only)", description = "Emits AuditorRegistered.")
    ResponseEntity<AuditorResponse> register(@Valid @RequestBody AuditorRequest request, Caller caller) {
        Auditor auditor = register.register(caller, request.details());
        return ResponseEntity.created(Locations.of("/api/v1/auditors", auditor.id()))
                .eTag(ETags.of(auditor.version())).body(AuditorResponse.of(auditor));
    }

    @PutMapping("/{id}")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Replace an auditor's entry (Dinas only)",
            description = "Send If-Match with the ETag you read (412 when stale); emits AuditorUpdated. "
                    + "active=false takes the auditor out of new assignments.")
    ResponseEntity<AuditorResponse> update(@PathVariable String id, @Valid @RequestBody AuditorRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Auditor auditor = register.update(caller, id, request.details(),
                request.active() == null || request.active(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(auditor.version())).body(AuditorResponse.of(auditor));
    }

    @GetMapping
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "List auditors", description = "Paged; filters type, active, homeOpd; sort by name, "
            + "type or registeredAt.")
    PageResponse<AuditorResponse> list(@RequestParam(required = false) AuditorType type,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @Pattern(regexp = OPD_REGEX) String homeOpd,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(register.list(type, active, homeOpd,
                PageRequests.of(page, size, sort, SORTABLE, Sort.by("name"))), AuditorResponse::of);
    }

    @GetMapping("/{id}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "One auditor, with its ETag")
    ResponseEntity<AuditorResponse> get(@PathVariable String id) {
        Auditor auditor = register.get(id);
        return ResponseEntity.ok().eTag(ETags.of(auditor.version())).body(AuditorResponse.of(auditor));
    }

    @GetMapping("/{id}/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Tamper-evident change history of an auditor (SEC1)")
    HistoryResponse history(@PathVariable String id) {
        return HistoryResponse.of(register.history(id));
    }
}
