package id.go.spbe.datacenter.custody.web;

import id.go.spbe.datacenter.custody.CustodyConsents;
import id.go.spbe.datacenter.custody.domain.CustodyConsent;
import id.go.spbe.datacenter.custody.web.CustodyPayloads.ConsentResponse;
import id.go.spbe.datacenter.custody.web.CustodyPayloads.GrantForm;
import id.go.spbe.datacenter.custody.web.CustodyPayloads.RevokeForm;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Data-custody consents (D7): the owner OPD lets Dinas act on its data in the data center, and withdraws it. */
@RestController
@Tag(name = "Persetujuan pengelolaan data", description = "Data-custody consents of OPD to Dinas (D7)")
class CustodyController {

    static final String PATH = "/api/v1/custody-consents";

    private final CustodyConsents consents;
    private final ChangeHistoryLog histories;

    CustodyController(CustodyConsents consents, ChangeHistoryLog histories) {
        this.consents = consents;
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

    @GetMapping(PATH + "/{id}/history")
    @Operation(summary = "Tamper-evident history of a consent (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(consents.get(caller, id)));
    }
}
