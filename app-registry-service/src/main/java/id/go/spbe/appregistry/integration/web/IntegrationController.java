package id.go.spbe.appregistry.integration.web;

import id.go.spbe.appregistry.integration.IntegrationRegister;
import id.go.spbe.appregistry.integration.IntegrationView;
import id.go.spbe.appregistry.integration.domain.IntegrationStatus;
import id.go.spbe.appregistry.integration.web.IntegrationPayloads.ApplicationIntegrationsResponse;
import id.go.spbe.appregistry.integration.web.IntegrationPayloads.EndIntegrationRequest;
import id.go.spbe.appregistry.integration.web.IntegrationPayloads.IntegrationResponse;
import id.go.spbe.appregistry.integration.web.IntegrationPayloads.RecordIntegrationRequest;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Relations between applications (A13). The per-application view lives here rather than in the application
 * controller so the integration feature stays a client of the application feature, never the other way round.
 */
@RestController
@Tag(name = "Integrasi aplikasi", description = "Relations between applications, connector apps (obligation A13)")
class IntegrationController {

    static final String PATH = "/api/v1/integrations";

    private final IntegrationRegister register;

    IntegrationController(IntegrationRegister register) {
        this.register = register;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(404) // an application named in the body
    @PostMapping(PATH)
    @PreAuthorize("hasAnyRole('OPD_OPERATOR','DINAS_ADMIN')")
    @Operation(summary = "Record an integration (provider → consumer)",
            description = "By the owner OPD of either application, or Dinas. 422 A13 when provider equals consumer "
                    + "or an application is rejected/decommissioned; 409 when the same provider, consumer and kind are "
                    + "already active. Emits IntegrationRecorded.")
    ResponseEntity<IntegrationResponse> record(@Valid @RequestBody RecordIntegrationRequest request, Caller caller) {
        IntegrationView view = register.record(caller, request.providerApplicationId(),
                request.consumerApplicationId(), request.kind(), request.purpose(), request.dataExchanged());
        return ResponseEntity.created(Locations.of(PATH, view.integration().id()))
                .eTag(ETags.of(view.integration().version()))
                .body(IntegrationResponse.of(view));
    }

    @PostMapping(PATH + "/{id}/end")
    @PreAuthorize("hasAnyRole('OPD_OPERATOR','DINAS_ADMIN')")
    @Operation(summary = "End an integration", description = "It stays on record as ENDED. Emits IntegrationEnded.")
    ResponseEntity<IntegrationResponse> end(@PathVariable String id, @Valid @RequestBody EndIntegrationRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(register.end(caller, id, request.reason(), ifMatch));
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One integration", description = "Visible to the owners of either application.")
    ResponseEntity<IntegrationResponse> get(@PathVariable String id, Caller caller) {
        return reply(register.get(caller, id));
    }

    @GetMapping("/api/v1/applications/{id}/integrations")
    @Operation(summary = "An application's integrations in both directions",
            description = "provides: others use this application; consumes: it uses others. Each entry names the "
                    + "other application (id, name, owner OPD), also when another OPD owns it.")
    ApplicationIntegrationsResponse forApplication(@PathVariable String id,
            @RequestParam(required = false) IntegrationStatus status, Caller caller) {
        return ApplicationIntegrationsResponse.of(register.forApplication(caller, id, status));
    }

    private static ResponseEntity<IntegrationResponse> reply(IntegrationView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.integration().version())).body(IntegrationResponse.of(view));
    }
}
