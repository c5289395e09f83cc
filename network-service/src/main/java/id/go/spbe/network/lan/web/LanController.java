package id.go.spbe.network.lan.web;

import id.go.spbe.network.lan.LanDirectory;
import id.go.spbe.network.lan.LanInventory;
import id.go.spbe.network.lan.LanInventory.Change;
import id.go.spbe.network.lan.domain.Vlan;
import id.go.spbe.network.lan.web.LanPayloads.AddressRequest;
import id.go.spbe.network.lan.web.LanPayloads.AddressResponse;
import id.go.spbe.network.lan.web.LanPayloads.ByodRequest;
import id.go.spbe.network.lan.web.LanPayloads.ByodResponse;
import id.go.spbe.network.lan.web.LanPayloads.CableRequest;
import id.go.spbe.network.lan.web.LanPayloads.CableResponse;
import id.go.spbe.network.lan.web.LanPayloads.DeviceRequest;
import id.go.spbe.network.lan.web.LanPayloads.DeviceResponse;
import id.go.spbe.network.lan.web.LanPayloads.HistoryResponse;
import id.go.spbe.network.lan.web.LanPayloads.LanResponse;
import id.go.spbe.network.lan.web.LanPayloads.LanSummaryResponse;
import id.go.spbe.network.lan.web.LanPayloads.PrefixRequest;
import id.go.spbe.network.lan.web.LanPayloads.PrefixResponse;
import id.go.spbe.network.lan.web.LanPayloads.VlanRequest;
import id.go.spbe.network.lan.web.LanPayloads.VlanResponse;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The LAN inventory of each OPD (N3, N4, N9). Who may change a LAN follows the OPD's Mandiri TIK status (the OPD's
 * operators when Mandiri TIK, else Dinas; SPECIAL devices always the OPD): a caller with a writing role who is not
 * the steward gets 422 N3 (N4 for SPECIAL devices). Every write answers the LAN's new revision as ETag and takes an
 * optional If-Match with it (412 when stale).
 */
@RestController
@RequestMapping(LanController.PATH)
@Tag(name = "LAN", description = "LAN inventory per OPD (obligations N3, N4, N9)")
class LanController {

    static final String PATH = "/api/v1/lans";
    private static final Set<String> SORTABLE = Set.of("code", "name");
    private static final String IF_MATCH = "If-Match";

    private final LanInventory inventory;
    private final LanDirectory directory;

    LanController(LanInventory inventory, LanDirectory directory) {
        this.inventory = inventory;
        this.directory = directory;
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping
    @Operation(summary = "LAN overview, one line per OPD", description = "OPD users see their OPD's line; "
            + "region-wide roles all, or one OPD's with `opd`. Sort by `code` or `name` (of the OPD).")
    PageResponse<LanSummaryResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(directory.list(caller, opd, PageRequests.of(page, size, sort, SORTABLE,
                Sort.by("_id"))), LanSummaryResponse::of);
    }

    @GetMapping("/{opd}")
    @Operation(summary = "One OPD's LAN inventory", description = "Who runs it, what the caller may change, and "
            + "every device, cable, VLAN, prefix and address. ETag: the inventory's revision.")
    ResponseEntity<LanResponse> get(@PathVariable String opd, Caller caller) {
        LanInventory.LanView view = inventory.view(caller, opd);
        return ResponseEntity.ok().eTag(ETags.of(view.lan().revision())).body(LanResponse.of(view));
    }

    @GetMapping("/{opd}/history")
    @Operation(summary = "Tamper-evident change history of an OPD's LAN (SEC1)")
    HistoryResponse history(@PathVariable String opd, Caller caller) {
        return HistoryResponse.of(inventory.history(caller, opd));
    }

    @GetMapping("/{opd}/devices/{deviceId}")
    @Operation(summary = "One device of an OPD's LAN")
    ResponseEntity<DeviceResponse> device(@PathVariable String opd, @PathVariable String deviceId, Caller caller) {
        LanInventory.LanView view = inventory.view(caller, opd);
        return ResponseEntity.ok().eTag(ETags.of(view.lan().revision()))
                .body(DeviceResponse.of(view.lan().device(deviceId)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{opd}/devices")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Add a device with its interfaces", description = "409 when the LAN has a device of that "
            + "name; 422 N1 when siteId is not a site of the OPD, N3 for unknown VLANs. Emits LanChanged.")
    ResponseEntity<DeviceResponse> addDevice(@PathVariable String opd, @Valid @RequestBody DeviceRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        Change<id.go.spbe.network.lan.domain.Device> change = inventory.addDevice(caller, opd, request.toSpec(),
                ifMatch);
        return created(opd, "devices", change.result().id(), change, DeviceResponse::of);
    }

    @PutMapping("/{opd}/devices/{deviceId}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Replace a device (interfaces included)", description = "An interface that is cabled or "
            + "holds an address cannot be dropped (409). Emits LanChanged.")
    ResponseEntity<DeviceResponse> updateDevice(@PathVariable String opd, @PathVariable String deviceId,
            @Valid @RequestBody DeviceRequest request, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        Change<id.go.spbe.network.lan.domain.Device> change = inventory.updateDevice(caller, opd, deviceId,
                request.toSpec(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(change.lan().revision())).body(DeviceResponse.of(change.result()));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{opd}/devices/{deviceId}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Remove a device", description = "Only once no cable and no address refers to it (409). "
            + "Emits LanChanged.")
    ResponseEntity<Void> removeDevice(@PathVariable String opd, @PathVariable String deviceId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return removed(inventory.removeDevice(caller, opd, deviceId, ifMatch));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{opd}/cables")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Connect two interfaces with a cable", description = "422 N3 naming the end when an "
            + "interface is unknown or both ends are the same interface; 422 N2 when an end is another OPD's device "
            + "(that is a WAN link); 409 naming the cable when an interface is already cabled. Emits LanChanged.")
    ResponseEntity<CableResponse> connect(@PathVariable String opd, @Valid @RequestBody CableRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        Change<id.go.spbe.network.lan.domain.Cable> change = inventory.connect(caller, opd, request.a().toRef(),
                request.b().toRef(), request.medium(), request.label(), ifMatch);
        return created(opd, "cables", change.result().id(), change, CableResponse::of);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{opd}/cables/{cableId}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Remove a cable", description = "Emits LanChanged.")
    ResponseEntity<Void> disconnect(@PathVariable String opd, @PathVariable String cableId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return removed(inventory.disconnect(caller, opd, cableId, ifMatch));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{opd}/vlans")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Add a VLAN", description = "409 when the VID exists in this LAN. Emits LanChanged.")
    ResponseEntity<VlanResponse> addVlan(@PathVariable String opd, @Valid @RequestBody VlanRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        Change<Vlan> change = inventory.addVlan(caller, opd, new Vlan(request.vid(), request.name().strip(),
                request.description()), ifMatch);
        return created(opd, "vlans", String.valueOf(change.result().vid()), change, VlanResponse::of);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{opd}/vlans/{vid}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Remove a VLAN", description = "Only when no interface or prefix uses it (409). Emits "
            + "LanChanged.")
    ResponseEntity<Void> removeVlan(@PathVariable String opd, @PathVariable int vid,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return removed(inventory.removeVlan(caller, opd, vid, ifMatch));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{opd}/prefixes")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Add an IP prefix", description = "400 naming `cidr` when it is not a CIDR prefix (or has "
            + "host bits set); 409 when this LAN has it already; 422 N3 when it overlaps another OPD's prefix. "
            + "Prefixes may nest within one LAN. Emits LanChanged.")
    ResponseEntity<PrefixResponse> addPrefix(@PathVariable String opd, @Valid @RequestBody PrefixRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        Change<id.go.spbe.network.lan.domain.Prefix> change = inventory.addPrefix(caller, opd, request.cidr(),
                request.vlan(), request.description(), ifMatch);
        return created(opd, "prefixes", change.result().id(), change, PrefixResponse::of);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{opd}/prefixes/{prefixId}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Remove an IP prefix", description = "Refused (409) while an address would be left outside "
            + "every prefix. Emits LanChanged.")
    ResponseEntity<Void> removePrefix(@PathVariable String opd, @PathVariable String prefixId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return removed(inventory.removePrefix(caller, opd, prefixId, ifMatch));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{opd}/addresses")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Record an IP address in use", description = "400 naming `address` when it is not one "
            + "address; 422 N3 when no prefix of the LAN contains it or it is a network/broadcast address, or the "
            + "interface is unknown; 409 when recorded already. Emits LanChanged.")
    ResponseEntity<AddressResponse> assignAddress(@PathVariable String opd,
            @Valid @RequestBody AddressRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        Change<id.go.spbe.network.lan.domain.IpAssignment> change = inventory.assignAddress(caller, opd,
                request.address(), request.on(), request.description(), ifMatch);
        return created(opd, "addresses", change.result().id(), change, AddressResponse::of);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{opd}/addresses/{addressId}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Release an IP address", description = "Emits LanChanged.")
    ResponseEntity<Void> releaseAddress(@PathVariable String opd, @PathVariable String addressId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return removed(inventory.releaseAddress(caller, opd, addressId, ifMatch));
    }

    @PostMapping("/{opd}/byod-acknowledgement")
    @RolesAllowed(Roles.OPD_OPERATOR)
    @Operation(summary = "Acknowledge the BYOD policy for the OPD (N9)", description = "By the OPD's own operator, "
            + "whoever runs its LAN; names the policy version acknowledged. Emits LanChanged.")
    ResponseEntity<ByodResponse> acknowledgeByod(@PathVariable String opd, @Valid @RequestBody ByodRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        Change<Void> change = inventory.acknowledgeByod(caller, opd, request.policyReference().strip(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(change.lan().revision()))
                .body(ByodResponse.of(change.lan().byod()));
    }

    private static <T, R> ResponseEntity<R> created(String opd, String collection, String id, Change<T> change,
            Function<T, R> body) {
        return ResponseEntity.created(URI.create(PATH + "/" + opd + "/" + collection + "/" + id))
                .eTag(ETags.of(change.lan().revision())).body(body.apply(change.result()));
    }

    private static ResponseEntity<Void> removed(Change<Void> change) {
        return ResponseEntity.noContent().eTag(ETags.of(change.lan().revision())).build();
    }
}
