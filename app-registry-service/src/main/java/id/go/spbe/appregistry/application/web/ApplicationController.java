package id.go.spbe.appregistry.application.web;

import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.ApplicationResponse;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.RegisterApplicationRequest;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** The application register (A1, A2): OPD operators register for their OPD, Dinas for any. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Aplikasi SPBE", description = "Application register (obligations A1, A2)")
class ApplicationController {

    private static final Set<String> SORTABLE = Set.of("name", "ownerOpd", "applicationClass", "status",
            "registeredAt");

    private final ApplicationRegister register;

    ApplicationController(ApplicationRegister register) {
        this.register = register;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OPD_OPERATOR','DINAS_ADMIN')")
    @Operation(summary = "Register an application (DRAFT)",
            description = "Owner OPD comes from the token unless the caller is DINAS_ADMIN. Emits ApplicationRegistered.")
    ResponseEntity<ApplicationResponse> register(@Valid @RequestBody RegisterApplicationRequest request,
            Caller caller) {
        Application app = register.register(caller, request.name(), request.description(), request.ownerOpd(),
                request.applicationClass(), request.userOpds());
        return ResponseEntity
                .created(Locations.of("/api/v1/applications", app.id()))
                .eTag(ETags.of(app.version()))
                .body(ApplicationResponse.of(app));
    }

    @GetMapping("/{id}")
    ResponseEntity<ApplicationResponse> get(@PathVariable String id, Caller caller) {
        Application app = register.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(app.version())).body(ApplicationResponse.of(app));
    }

    @GetMapping
    @Operation(summary = "List applications", description = "Operators see their OPD's; region-wide roles may filter by opd.")
    PageResponse<ApplicationResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(register.list(caller, opd,
                PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "registeredAt"))),
                ApplicationResponse::of);
    }
}
