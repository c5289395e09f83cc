package id.go.spbe.audit.certificate.web;

import id.go.spbe.audit.certificate.CertificateRegister;
import id.go.spbe.audit.certificate.domain.CertificateDetails;
import id.go.spbe.audit.certificate.domain.CertificateSource;
import id.go.spbe.audit.certificate.domain.CertificateStatus;
import id.go.spbe.audit.certificate.domain.ElectronicCertificate;
import id.go.spbe.audit.certificate.domain.KeyUsage;
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
import java.util.List;
import java.util.Set;

/**
 * The electronic-certificate register (AU9, where the profile monitors certificates — else every operation answers
 * 422 AU9): entries typed by hand or read from an uploaded X.509 / PKCS#7 file, flagged EXPIRING_SOON or EXPIRED.
 */
@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "Sertifikat elektronik", description = "Register of the region's electronic certificates (obligation "
        + "AU9). Where the profile does not monitor certificates every operation answers 422 with obligation AU9.")
class CertificateController {

    static final String OPD_REGEX = "^[A-Z][A-Z0-9_-]{1,29}$";
    static final String SERIAL_REGEX = "^[0-9A-Fa-f:\\s]{1,200}$";
    private static final Set<String> SORTABLE = Set.of("notAfter", "holder", "opdCode", "registeredAt");

    /** A certificate typed by hand: issuer and serial identify it (409 when already registered). */
    record ElectronicCertificateRequest(@NotBlank @Size(max = 200) String holder,
            @NotNull @Pattern(regexp = OPD_REGEX, message = "kode OPD tidak valid") String opdCode,
            @NotBlank @Size(max = 500) String issuer,
            @NotNull @Pattern(regexp = SERIAL_REGEX, message = "nomor seri heksadesimal") String serialNumber,
            @NotNull Instant notBefore, @NotNull Instant notAfter, @Nullable List<@NotNull KeyUsage> keyUsage) {

        CertificateDetails details(@Nullable String subject) {
            return new CertificateDetails(holder.trim(), opdCode, issuer.trim(), serialNumber, notBefore, notAfter,
                    keyUsage, subject);
        }
    }

    record ElectronicCertificateResponse(String id, String holder, String opdCode, String issuer, String serialNumber,
            Instant notBefore, Instant notAfter, List<KeyUsage> keyUsage, @Nullable String subject,
            CertificateSource source, CertificateStatus status, boolean notYetValid, List<Integer> warnedThresholds,
            String registeredBy, Instant registeredAt, Instant updatedAt) {

        static ElectronicCertificateResponse of(ElectronicCertificate c, CertificateRegister register) {
            Instant now = register.now();
            return new ElectronicCertificateResponse(c.id(), c.holder(), c.opdCode(), c.issuer(), c.serialNumber(),
                    c.notBefore(), c.notAfter(), c.keyUsage(), c.subject(), c.source(),
                    c.status(now, register.expiringWindow()), c.notYetValid(now),
                    c.warnedThresholds().stream().sorted().toList(), c.registeredBy(), c.registeredAt(),
                    c.updatedAt());
        }
    }

    private final CertificateRegister register;

    CertificateController(CertificateRegister register) {
        this.register = register;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR})
    @Operation(summary = "Register a certificate typed by hand (AU9)",
            description = "An OPD operator for its own OPD (403 otherwise), Dinas for every OPD. 409 when the "
                    + "issuer and serial number are already registered. Emits CertificateRegistered.")
    ResponseEntity<ElectronicCertificateResponse> register(@Valid @RequestBody ElectronicCertificateRequest request, Caller caller) {
        return created(register.register(caller, request.details(null)));
    }

    @PostMapping(path = "/import", consumes = {"application/pkix-cert", "application/x-x509-ca-cert",
            "application/x-pem-file", "application/pkcs7-mime", "application/x-pkcs7-certificates",
            "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR})
    @Operation(summary = "Register a certificate read from an X.509 (PEM/DER) or PKCS#7 file (AU9)",
            description = "The request body is the file (at most 64 KB). The first certificate of a PKCS#7 bundle "
                    + "is the holder's; holder defaults to the subject's CN. 400 naming `file` when unreadable, "
                    + "409 when already registered. Emits CertificateRegistered.")
    ResponseEntity<ElectronicCertificateResponse> importFile(
            @RequestParam @Pattern(regexp = OPD_REGEX, message = "kode OPD tidak valid") String opd,
            @RequestParam(required = false) @Size(max = 200) String holder, @RequestBody byte[] file,
            Caller caller) {
        return created(register.importFile(caller, opd, holder, file));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR})
    @Operation(summary = "Replace a certificate's entry",
            description = "Send If-Match with the ETag you read (412 when stale). A certificate read from a file "
                    + "keeps the file's issuer, serial, validity and key usage (422 AU9). Emits CertificateUpdated.")
    ResponseEntity<ElectronicCertificateResponse> update(@PathVariable String id,
            @Valid @RequestBody ElectronicCertificateRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        ElectronicCertificate current = register.get(caller, id);
        ElectronicCertificate updated = register.update(caller, id, request.details(current.subject()), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(ElectronicCertificateResponse.of(updated, register));
    }

    @GetMapping
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "List certificates", description = "Paged; filters opd (operators: their own) and status "
            + "(VALID, EXPIRING_SOON within spbe.audit.certificates.expiring-window-days, EXPIRED); sort by "
            + "notAfter, holder, opdCode or registeredAt (default notAfter).")
    PageResponse<ElectronicCertificateResponse> list(
            @RequestParam(required = false) @Pattern(regexp = OPD_REGEX) String opd,
            @RequestParam(required = false) CertificateStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(register.list(caller, opd, status,
                PageRequests.of(page, size, sort, SORTABLE, Sort.by("notAfter"))),
                c -> ElectronicCertificateResponse.of(c, register));
    }

    @GetMapping("/{id}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "One certificate, with its ETag (another OPD's: 404)")
    ResponseEntity<ElectronicCertificateResponse> get(@PathVariable String id, Caller caller) {
        ElectronicCertificate certificate = register.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(certificate.version()))
                .body(ElectronicCertificateResponse.of(certificate, register));
    }

    @GetMapping("/{id}/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Tamper-evident change history of a certificate (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(register.history(caller, id));
    }

    private ResponseEntity<ElectronicCertificateResponse> created(ElectronicCertificate certificate) {
        return ResponseEntity.created(Locations.of("/api/v1/certificates", certificate.id()))
                .eTag(ETags.of(certificate.version())).body(ElectronicCertificateResponse.of(certificate, register));
    }
}
