package id.go.spbe.appregistry.integration.web;

import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.appregistry.integration.IntegrationRegister;
import id.go.spbe.appregistry.integration.IntegrationView;
import id.go.spbe.appregistry.integration.domain.IntegrationStatus;
import id.go.spbe.appregistry.integration.web.IntegrationPayloads.ApplicationIntegrationsResponse;
import id.go.spbe.appregistry.integration.web.IntegrationPayloads.DeclineIntegrationRequest;
import id.go.spbe.appregistry.integration.web.IntegrationPayloads.EndIntegrationRequest;
import id.go.spbe.appregistry.integration.web.IntegrationPayloads.IntegrationHistoryResponse;
import id.go.spbe.appregistry.integration.web.IntegrationPayloads.IntegrationResponse;
import id.go.spbe.appregistry.integration.web.IntegrationPayloads.RecordIntegrationRequest;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

/**
 * Relations between applications (A13). The per-application view lives here rather than in the application
 * controller so the integration feature stays a client of the application feature, never the other way round.
 */
@RestController
@Tag(name = "Integrasi aplikasi", description = "Relations between applications, connector apps (obligation A13)")
class IntegrationController {

    static final String PATH = "/api/v1/integrations";

    private final IntegrationRegister register;
    private final ChangeHistoryLog histories;

    IntegrationController(IntegrationRegister register, ChangeHistoryLog histories) {
        this.histories = histories;
        this.register = register;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(404) // an application named in the body
    @PostMapping(PATH)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Record or propose an integration (provider → consumer)",
            description = "By the owner OPD of either application, or Dinas. The other application must be one the "
                    + "caller may see or one in the public catalogue (ACTIVE); any other id is 404. Within one OPD, "
                    + "or recorded by Dinas, the relation is ACTIVE (emits IntegrationRecorded); across OPDs it is "
                    + "PROPOSED until the other owner or Dinas accepts it (emits IntegrationProposed). 422 A13 when "
                    + "provider equals consumer or an application is rejected/decommissioned; 409 when the same "
                    + "provider, consumer and kind are already proposed or active.")
    ResponseEntity<IntegrationResponse> record(@Valid @RequestBody RecordIntegrationRequest request, Caller caller) {
        IntegrationView view = register.record(caller, request.providerApplicationId(),
                request.consumerApplicationId(), request.kind(), request.purpose(), request.dataExchanged());
        return ResponseEntity.created(Locations.of(PATH, view.integration().id()))
                .eTag(ETags.of(view.integration().version()))
                .body(IntegrationResponse.of(view));
    }

    @PostMapping(PATH + "/{id}/accept")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Accept a proposed integration",
            description = "By the OPD the proposal waits for (owner of the other application) or Dinas; the "
                    + "proposing OPD cannot accept its own proposal (403). 409 unless PROPOSED. Emits "
                    + "IntegrationAccepted.")
    ResponseEntity<IntegrationResponse> accept(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(register.accept(caller, id, ifMatch));
    }

    @PostMapping(PATH + "/{id}/decline")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Decline a proposed integration",
            description = "By the OPD the proposal waits for or Dinas, with a reason; it stays on record as "
                    + "DECLINED. 409 unless PROPOSED. Emits IntegrationDeclined.")
    ResponseEntity<IntegrationResponse> decline(@PathVariable String id,
            @Valid @RequestBody DeclineIntegrationRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(register.decline(caller, id, request.reason(), ifMatch));
    }

    @GetMapping(PATH + "/{id}/history")
    @Operation(summary = "Tamper-evident history of an integration (SEC1)",
            description = "Who proposed, recorded, accepted, declined or ended it, and when. Visible like the "
                    + "integration itself.")
    IntegrationHistoryResponse history(@PathVariable String id, Caller caller) {
        return IntegrationHistoryResponse.of(histories.of(register.get(caller, id).integration()));
    }

    @PostMapping(PATH + "/{id}/end")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
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
