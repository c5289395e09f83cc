package id.go.spbe.datacenter.vps.web;

import id.go.spbe.datacenter.vps.VpsWorkflow;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.datacenter.vps.web.VpsPayloads.ApproveForm;
import id.go.spbe.datacenter.vps.web.VpsPayloads.ProvisionForm;
import id.go.spbe.datacenter.vps.web.VpsPayloads.ReasonForm;
import id.go.spbe.datacenter.vps.web.VpsPayloads.RenewForm;
import id.go.spbe.datacenter.vps.web.VpsPayloads.ResizeForm;
import id.go.spbe.datacenter.vps.web.VpsPayloads.VpsResponse;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a VPS request, one POST each so each has its own authorisation, history entry and event (D4). Send
 * If-Match to act on the version you reviewed (412 when stale); a step the status does not allow is a 409.
 */
@RestController
@RequestMapping("/api/v1/vps-requests/{id}")
@Tag(name = "VPS — alur kerja", description = "Approval, provisioning, life cycle of a VPS (D4)")
class VpsWorkflowController {

    private static final String IF_MATCH = "If-Match";

    private final VpsWorkflow workflow;

    VpsWorkflowController(VpsWorkflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/approve")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Approve (Dinas)",
            description = "SUBMITTED → APPROVED in dataCenter (default: the MAIN site). Capacity (overcommit "
                    + "included) and the OPD's quota are checked (422 D4). Emits VpsApproved.")
    ResponseEntity<VpsResponse> approve(@PathVariable String id, @Valid @RequestBody(required = false) ApproveForm form,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        ApproveForm body = form == null ? new ApproveForm(null, null) : form;
        return reply(workflow.approve(caller, id, body.dataCenter(), body.note(), ifMatch));
    }

    @PostMapping("/reject")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Reject with a reason (Dinas)", description = "SUBMITTED → REJECTED. Emits VpsRejected.")
    ResponseEntity<VpsResponse> reject(@PathVariable String id, @Valid @RequestBody ReasonForm form,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.reject(caller, id, form.reason(), ifMatch));
    }

    @PostMapping("/provision")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Record the provisioned machine and the credential hand-over (Dinas)",
            description = "APPROVED → PROVISIONED. Records who received the credentials, when and how — never the "
                    + "credentials. Host name and IP must not be in use by another live VPS (409). Emits "
                    + "VpsProvisioned.")
    ResponseEntity<VpsResponse> provision(@PathVariable String id, @Valid @RequestBody ProvisionForm form,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.provision(caller, id, form.hostname(), form.ipAddress(), form.handover().handedTo(),
                form.handover().method(), form.handover().handedAt(), ifMatch));
    }

    @PostMapping("/activate")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Put in service (owner OPD or Dinas)",
            description = "PROVISIONED → ACTIVE; expiresOn = today + term. A backup policy follows (D6). Emits "
                    + "VpsActivated.")
    ResponseEntity<VpsResponse> activate(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.activate(caller, id, ifMatch));
    }

    @PostMapping("/renew")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Extend an active VPS (owner OPD or Dinas)",
            description = "until must be after the current expiry and within the longest term (422 D4). Emits "
                    + "VpsRenewed.")
    ResponseEntity<VpsResponse> renew(@PathVariable String id, @Valid @RequestBody RenewForm form,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.renew(caller, id, form.until(), ifMatch));
    }

    @PostMapping("/request-resize")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Ask for other resources (owner OPD or Dinas)",
            description = "On a PROVISIONED or ACTIVE VPS, one pending request at a time; disk never shrinks. "
                    + "Emits VpsResizeRequested.")
    ResponseEntity<VpsResponse> requestResize(@PathVariable String id, @Valid @RequestBody ResizeForm form,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.requestResize(caller, id, form.vcpu(), form.ramGib(), form.diskGib(), form.reason(),
                ifMatch));
    }

    @PostMapping("/approve-resize")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Grant the pending resize (Dinas)",
            description = "The growth is checked against free capacity and the OPD's quota (422 D4). Emits "
                    + "VpsResizeDecided.")
    ResponseEntity<VpsResponse> approveResize(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.approveResize(caller, id, ifMatch));
    }

    @PostMapping("/reject-resize")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Refuse the pending resize with a reason (Dinas)", description = "Emits VpsResizeDecided.")
    ResponseEntity<VpsResponse> rejectResize(@PathVariable String id, @Valid @RequestBody ReasonForm form,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.rejectResize(caller, id, form.reason(), ifMatch));
    }

    @PostMapping("/decommission")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Retire the VPS, with a reason (owner OPD or Dinas)",
            description = "APPROVED, PROVISIONED or ACTIVE → DECOMMISSIONED; its capacity is free again. Emits "
                    + "VpsDecommissioned.")
    ResponseEntity<VpsResponse> decommission(@PathVariable String id, @Valid @RequestBody ReasonForm form,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.decommission(caller, id, form.reason(), ifMatch));
    }

    private static ResponseEntity<VpsResponse> reply(VpsRequest vps) {
        return ResponseEntity.ok().eTag(ETags.of(vps.version())).body(VpsResponse.of(vps));
    }
}
