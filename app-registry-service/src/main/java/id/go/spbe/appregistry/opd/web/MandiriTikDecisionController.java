package id.go.spbe.appregistry.opd.web;

import id.go.spbe.appregistry.opd.MandiriTikDesignation;
import id.go.spbe.appregistry.opd.domain.MandiriTikDecision;
import id.go.spbe.appregistry.opd.domain.Opd;
import id.go.spbe.appregistry.opd.web.MandiriTikPayloads.DecisionRequest;
import id.go.spbe.appregistry.opd.web.MandiriTikPayloads.DecisionResponse;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Mandiri TIK decrees of an OPD (G3, decision part): recorded by Dinas admins or the coordination body, readable by
 * every authenticated caller because every service changes behaviour on the status.
 */
@RestController
@RequestMapping("/api/v1/opds/" + OpdPayloads.CODE_PATH + "/mandiri-tik-decisions")
@Tag(name = "Direktori OPD", description = "Perangkat Daerah of the region (obligation G1)")
class MandiriTikDecisionController {

    private final MandiriTikDesignation designation;

    MandiriTikDecisionController(MandiriTikDesignation designation) {
        this.designation = designation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Record a Mandiri TIK decree (G3)",
            description = "decidedBy must be the office the regulation names (profile spbe.regulation.governance."
                    + "mandiri-tik-decided-by), criteriaMet the profile's criteria; the OPD's mandiriTik follows the "
                    + "latest decree. Optional If-Match with the OPD's ETag. Emits OpdMandiriTikDesignated.")
    ResponseEntity<DecisionResponse> decide(@PathVariable String code, @Valid @RequestBody DecisionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Opd opd = designation.decide(code, request.toDecree(), caller.username(), ifMatch);
        MandiriTikDecision decision = opd.latestMandiriTikDecision().orElseThrow();
        return ResponseEntity
                .created(Locations.of("/api/v1/opds/" + code + "/mandiri-tik-decisions",
                        String.valueOf(decision.sequence())))
                .eTag(ETags.of(opd.version()))
                .body(DecisionResponse.of(decision));
    }

    @GetMapping
    @Operation(summary = "Mandiri TIK decrees of an OPD, oldest first")
    List<DecisionResponse> list(@PathVariable String code) {
        return designation.decisions(code).stream().map(DecisionResponse::of).toList();
    }

    @GetMapping("/{sequence}")
    @Operation(summary = "One Mandiri TIK decision of an OPD (G3)")
    DecisionResponse get(@PathVariable String code, @PathVariable int sequence) {
        return DecisionResponse.of(designation.decision(code, sequence));
    }
}
