package id.go.spbe.datacenter.custody.web;

import id.go.spbe.datacenter.custody.ConsentLetters;
import id.go.spbe.datacenter.custody.CustodyConsents;
import id.go.spbe.datacenter.custody.domain.ConsentLetter;
import id.go.spbe.datacenter.custody.domain.CustodyConsent;
import id.go.spbe.datacenter.custody.web.CustodyPayloads.ConsentResponse;
import id.go.spbe.datacenter.custody.web.CustodyPayloads.GrantForm;
import id.go.spbe.datacenter.custody.web.CustodyPayloads.RevokeForm;
import id.go.spbe.datacenter.history.HistoryResponse;
import id.go.spbe.platform.documents.DocumentDownloads;
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
import jakarta.validation.Valid;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Data-custody consents (D7): the owner OPD lets Dinas act on its data in the data center, and withdraws it. */
@RestController
@Tag(name = "Persetujuan pengelolaan data", description = "Data-custody consents of OPD to Dinas (D7)")
class CustodyController {

    static final String PATH = "/api/v1/custody-consents";

    private final CustodyConsents consents;
    private final ConsentLetters letters;
    private final ChangeHistoryLog histories;

    CustodyController(CustodyConsents consents, ConsentLetters letters, ChangeHistoryLog histories) {
        this.consents = consents;
        this.letters = letters;
        this.histories = histories;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.OPD_OPERATOR)
    @ProblemResponses(422) // D7: scope names a system not of the OPD, empty scope, period ends before it starts
    @Operation(summary = "Grant Dinas a data-custody consent (owner OPD's operator, D7)",
            description = "For the caller's OPD: the kinds of action (RESTORE_TEST, DECOMMISSION_VPS, DATASET_ACCESS), "
                    + "the systems covered (applications, VPS, datasets of the OPD) or allSystems, the period "
                    + "(validFrom..validUntil, both included) and the letter number. Emits CustodyConsentGranted.")
    ResponseEntity<ConsentResponse> grant(@Valid @RequestBody GrantForm form, Caller caller) {
        CustodyConsent consent = consents.grant(caller, form.actions(), form.coversAll(), form.scope(),
                form.validFrom(), form.validUntil(), form.letterNumber(), form.notes());
        return ResponseEntity.created(Locations.of(PATH, consent.id())).eTag(ETags.of(consent.version()))
                .body(ConsentResponse.of(consent, consents.today()));
    }

    @GetMapping(PATH)
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "List data-custody consents", description = "OPD-scoped (operators see their OPD's, "
            + "region-wide roles all); sort: opd, validUntil, grantedAt.")
    PageResponse<ConsentResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) CustodyConsent.Status status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        LocalDate today = consents.today();
        return PageResponse.of(consents.list(caller, opd, status, PageRequests.of(page, size, sort,
                Set.of("opd", "validUntil", "grantedAt"), Sort.by(Sort.Direction.DESC, "grantedAt"))),
                c -> ConsentResponse.of(c, today));
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One data-custody consent, with its ETag")
    ResponseEntity<ConsentResponse> get(@PathVariable String id, Caller caller) {
        CustodyConsent consent = consents.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(consent.version())).body(ConsentResponse.of(consent,
                consents.today()));
    }

    @PostMapping(PATH + "/{id}/revoke")
    @RolesAllowed(Roles.OPD_OPERATOR)
    @Operation(summary = "Revoke a consent, with a reason (owner OPD's operator, D7)",
            description = "If-Match (412 when stale); revoked twice 409. From then on it covers nothing. "
                    + "Emits CustodyConsentRevoked.")
    ResponseEntity<ConsentResponse> revoke(@PathVariable String id, @Valid @RequestBody RevokeForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        CustodyConsent consent = consents.revoke(caller, id, form.reason(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(consent.version())).body(ConsentResponse.of(consent,
                consents.today()));
    }

    @PostMapping(value = PATH + "/{id}/letter", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RolesAllowed(Roles.OPD_OPERATOR)
    @ProblemResponses({413, 415, 422})
    @Operation(summary = "Attach the signed consent letter (owner OPD's operator, D7 × SEC3)",
            description = "Part `file`: the letter as PDF (type read from its bytes, else 415; size limited, 413). "
                    + "Its signature is checked: a broken one 422 SEC3, and where the profile requires signed "
                    + "documents (spbe.documents.signatures-required) a missing or untrusted one too. Only while the "
                    + "consent is GRANTED (revoked or expired 409); If-Match (412 when stale). A newer letter "
                    + "replaces the shown one; the history keeps both. Records filename, size, SHA-256 and the "
                    + "signature verdict; emits ConsentLetterAttached.")
    ResponseEntity<ConsentResponse> attachLetter(@PathVariable String id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        CustodyConsent consent = letters.attach(caller, id, file, ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(consent.version())).body(ConsentResponse.of(consent,
                consents.today()));
    }

    @GetMapping(PATH + "/{id}/letter")
    @Operation(summary = "Download the consent letter", description = "Whoever may read the consent (the owner "
            + "OPD, region-wide roles; another OPD 404; no letter yet 404), as an attachment with nosniff, a "
            + "sandboxing CSP and its SHA-256 as ETag and Repr-Digest.",
            responses = @ApiResponse(responseCode = "200", description = "The letter as stored",
                    content = @Content(mediaType = "application/pdf",
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<Resource> letter(@PathVariable String id, Caller caller) {
        ConsentLetters.Download download = letters.letter(caller, id);
        ConsentLetter letter = download.letter();
        return DocumentDownloads.attachment(letter.filename(), letter.mediaType(), letter.sha256(),
                download.file().content());
    }

    @GetMapping(PATH + "/{id}/history")
    @Operation(summary = "Tamper-evident history of a consent (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(consents.get(caller, id)));
    }
}
