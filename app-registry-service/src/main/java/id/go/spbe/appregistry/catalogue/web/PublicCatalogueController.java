package id.go.spbe.appregistry.catalogue.web;

import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.ServiceType;
import id.go.spbe.appregistry.catalogue.PublicCatalogue;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The public application catalogue: no token (listed under {@code /api/v1/public/**} in the gateway and the service),
 * ACTIVE applications only, public fields only. Responses may be cached briefly by browsers and proxies.
 */
@RestController
@RequestMapping("/api/v1/public/applications")
@Tag(name = "Katalog aplikasi publik", description = "Public catalogue of active applications, no token needed")
@SecurityRequirements // no bearer token
class PublicCatalogueController {

    static final Set<String> SORTABLE = Set.of("name", "ownerOpd", "applicationClass", "serviceType", "registeredAt");
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final PublicCatalogue catalogue;

    PublicCatalogueController(PublicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Active applications of the region",
            description = "Filters: q (plain words, at most 200 characters; results ranked by relevance, sort does "
                    + "not apply), opd, functionDomain, serviceType. Sort: name, ownerOpd, applicationClass, "
                    + "serviceType, registeredAt (default name).")
    ResponseEntity<PageResponse<PublicApplication>> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String opd,
            @RequestParam(required = false) FunctionDomain functionDomain,
            @RequestParam(required = false) ServiceType serviceType,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        var pageable = PageRequests.of(page, size, sort, SORTABLE, Sort.by("name"));
        return ResponseEntity.ok().cacheControl(CACHE).body(PageResponse.of(
                catalogue.list(q, opd, functionDomain, serviceType, pageable), PublicApplication::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One active application", description = "404 unless the application is ACTIVE.")
    ResponseEntity<PublicApplication> get(@PathVariable String id) {
        return ResponseEntity.ok().cacheControl(CACHE).body(PublicApplication.of(catalogue.get(id)));
    }
}
