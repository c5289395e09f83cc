package id.go.spbe.appregistry.subdomain.web;

import id.go.spbe.appregistry.subdomain.SubdomainRegister;
import id.go.spbe.appregistry.subdomain.domain.Subdomain;
import id.go.spbe.appregistry.subdomain.domain.SubdomainStatus;
import id.go.spbe.appregistry.subdomain.web.SubdomainPayloads.AvailabilityResponse;
import id.go.spbe.appregistry.subdomain.web.SubdomainPayloads.ClaimSubdomainRequest;
import id.go.spbe.appregistry.subdomain.web.SubdomainPayloads.HistoryResponse;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.appregistry.subdomain.web.SubdomainPayloads.ReasonRequest;
import id.go.spbe.appregistry.subdomain.web.SubdomainPayloads.SubdomainResponse;
import id.go.spbe.platform.openapi.ProblemResponses;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * The subdomain register (A10, A1): OPD operators request names for their OPD, Dinas allocates (directly or by
 * granting a request), refuses and releases; holders release their own.
 */
@RestController
@RequestMapping(SubdomainController.PATH)
@Tag(name = "Subdomain", description = "Subdomains of the region's domain (obligations A10, A1)")
class SubdomainController {

    static final String PATH = "/api/v1/subdomains";
    private static final Set<String> SORTABLE = Set.of("fqdn", "label", "ownerOpd", "status", "purpose",
            "requestedAt", "allocatedAt");

    private final SubdomainRegister register;
    private final ChangeHistoryLog histories;

    SubdomainController(SubdomainRegister register, ChangeHistoryLog histories) {
        this.histories = histories;
        this.register = register;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(404) // the application named in the body
    @PostMapping
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Allocate (Dinas) or request (OPD operator) a subdomain",
            description = "DINAS_ADMIN allocates at once (ALLOCATED, emits SubdomainAllocated); an OPD operator "
                    + "requests for its own OPD (REQUESTED, emits SubdomainRequested). 422 A10 for invalid, reserved "
                    + "or outside names, 422 A1 for missing or ineligible applications, 409 when the name is held.")
    ResponseEntity<SubdomainResponse> claim(@Valid @RequestBody ClaimSubdomainRequest request, Caller caller) {
        Subdomain subdomain = register.claim(caller, request.requestedName(), request.purpose(),
                request.applicationId(), request.opd());
        return ResponseEntity.created(Locations.of(PATH, subdomain.fqdn()))
                .eTag(ETags.of(subdomain.version()))
                .body(SubdomainResponse.of(subdomain));
    }

    @PostMapping("/{fqdn}/allocate")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Grant a requested subdomain (REQUESTED → ALLOCATED)",
            description = "Checks again that the application may hold a name (A1). Emits SubdomainAllocated.")
    ResponseEntity<SubdomainResponse> allocate(@PathVariable String fqdn,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(register.allocateRequested(caller, fqdn, ifMatch));
    }

    @PostMapping("/{fqdn}/refuse")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Refuse a requested subdomain (REQUESTED → REFUSED)",
            description = "The reason is required; the name is free again. Emits SubdomainRefused.")
    ResponseEntity<SubdomainResponse> refuse(@PathVariable String fqdn, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(register.refuse(caller, fqdn, request.reason(), ifMatch));
    }

    @PostMapping("/{fqdn}/release")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Release an allocated subdomain (ALLOCATED → RELEASED)",
            description = "By Dinas or the holding OPD, with a reason. The name can be allocated again later (next "
                    + "generation, history kept). Emits SubdomainReleased.")
    ResponseEntity<SubdomainResponse> release(@PathVariable String fqdn, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(register.release(caller, fqdn, request.reason(), ifMatch));
    }

    @GetMapping
    @Operation(summary = "List subdomains", description = "Operators see their OPD's; region-wide roles see all. "
            + "Filters: applicationId, opd, status.")
    PageResponse<SubdomainResponse> list(@RequestParam(required = false) String applicationId,
            @RequestParam(required = false) String opd, @RequestParam(required = false) SubdomainStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(register.list(caller, applicationId, opd, status,
                PageRequests.of(page, size, sort, SORTABLE, Sort.by("_id"))), SubdomainResponse::of);
    }

    @GetMapping("/availability")
    @Operation(summary = "Is a name free?", description = "AVAILABLE, TAKEN, RESERVED or INVALID with the reason; "
            + "for forms that check as the user types. Accepts a label or a full name.")
    AvailabilityResponse availability(@RequestParam String label) {
        return AvailabilityResponse.of(register.availability(label));
    }

    @GetMapping("/{fqdn}")
    @Operation(summary = "One subdomain by full name", description = "The label alone is accepted too.")
    ResponseEntity<SubdomainResponse> get(@PathVariable String fqdn, Caller caller) {
        return reply(register.get(caller, fqdn));
    }

    @GetMapping("/{fqdn}/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Tamper-evident history of a name across all its allocations (SEC1)")
    HistoryResponse history(@PathVariable String fqdn, Caller caller) {
        return HistoryResponse.of(histories.of(register.get(caller, fqdn)));
    }

    private static ResponseEntity<SubdomainResponse> reply(Subdomain subdomain) {
        return ResponseEntity.ok().eTag(ETags.of(subdomain.version())).body(SubdomainResponse.of(subdomain));
    }
}
