package id.go.spbe.servicedesk.sites.web;

import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import id.go.spbe.servicedesk.sites.SiteCatalogue;
import id.go.spbe.servicedesk.sites.SiteReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** The registered sites (N1) a new ticket may name as its affected site (S1): the picker of the ticket form. */
@RestController
@RequestMapping("/api/v1/tickets/site-options")
@Tag(name = "Tiket layanan", description = "Service-desk tickets (obligations S1, S2, S3, S8)")
class SiteOptionsController {

    static final Set<String> SORTABLE = Set.of("name", "opdCode");

    private final SiteCatalogue sites;

    SiteOptionsController(SiteCatalogue sites) {
        this.sites = sites;
    }

    /** One registered site as the ticket form offers it. */
    record SiteOption(String id, String opdCode, String name, @Nullable String address) {

        static SiteOption of(SiteReference s) {
            return new SiteOption(s.id(), s.opdCode(), s.name(), s.address());
        }
    }

    @GetMapping
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN, Roles.INTEGRATION, Roles.TIER1_AGENT, Roles.TIER2_AGENT})
    @Operation(summary = "Registered sites a ticket may name (S1, N1)",
            description = "The sites network-service registered for an OPD, as this service last heard of them "
                    + "(site events). An OPD's users get their own OPD's sites only (naming another OPD is a 403); "
                    + "region-wide roles may filter by opd. q: part of the name or address (at most 100 "
                    + "characters). Sort: name (default), opdCode.")
    PageResponse<SiteOption> options(@RequestParam(required = false) @Nullable String opd,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        if (q != null && q.length() > 100) {
            throw new InvalidRequestException("q", "q paling panjang 100 karakter.");
        }
        String scope = caller.listScope(opd == null || opd.isBlank() ? null : opd.trim());
        PageRequest pageable = PageRequests.of(page, size, sort, SORTABLE, Sort.by("name").and(Sort.by("_id")));
        return PageResponse.of(sites.options(scope, q, pageable), SiteOption::of);
    }
}
