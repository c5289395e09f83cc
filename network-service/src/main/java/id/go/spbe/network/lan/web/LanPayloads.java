package id.go.spbe.network.lan.web;

import id.go.spbe.network.lan.LanDeviceCatalogue.DeviceRow;
import id.go.spbe.network.lan.LanDeviceCatalogue.EndOfLife;
import id.go.spbe.network.lan.LanDeviceCatalogue.EndOfLifeRow;
import id.go.spbe.network.lan.LanDirectory.LanSummary;
import id.go.spbe.network.lan.LanInventory.LanView;
import id.go.spbe.network.lan.domain.ByodAcknowledgement;
import id.go.spbe.network.lan.domain.Cable;
import id.go.spbe.network.lan.domain.CableMedium;
import id.go.spbe.network.lan.domain.Device;
import id.go.spbe.network.lan.domain.DeviceKind;
import id.go.spbe.network.lan.domain.DeviceSpec;
import id.go.spbe.network.lan.domain.InterfaceRef;
import id.go.spbe.network.lan.domain.IpAssignment;
import id.go.spbe.network.lan.domain.Lan;
import id.go.spbe.network.lan.domain.LanSteward;
import id.go.spbe.network.lan.domain.NetworkInterface;
import id.go.spbe.network.lan.domain.Prefix;
import id.go.spbe.network.lan.domain.Vlan;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Request and response bodies of the LAN inventory API. */
final class LanPayloads {

    private LanPayloads() {
    }

    // ---- requests ----

    record InterfacePayload(@NotBlank @Size(max = 64) String name, @Size(max = 500) @Nullable String description,
            @Min(1) @Max(4094) @Nullable Integer untaggedVlan,
            @Size(max = 4094) @Nullable List<@NotNull @Min(1) @Max(4094) Integer> taggedVlans) {

        NetworkInterface toInterface() {
            return new NetworkInterface(name.strip(), description, untaggedVlan, taggedVlans);
        }

        static InterfacePayload of(NetworkInterface i) {
            return new InterfacePayload(i.name(), i.description(), i.untaggedVlan(), i.taggedVlans());
        }
    }

    /** A device, added or replaced as a whole (interfaces included). */
    record DeviceRequest(@NotBlank @Size(max = 100) String name, @NotNull DeviceKind kind,
            @Size(min = 1, max = 100) @Nullable String siteId, @Size(max = 100) @Nullable String vendor,
            @Size(max = 100) @Nullable String model, @Size(max = 100) @Nullable String serialNumber,
            @Nullable Boolean security, @Nullable Boolean internetFacing, @Nullable LocalDate hardwareEndOfLife,
            @Size(max = 100) @Nullable String softwareName, @Size(max = 100) @Nullable String softwareVersion,
            @Nullable LocalDate softwareEndOfLife,
            @Size(max = 1024) @Nullable List<@Valid @NotNull InterfacePayload> interfaces) {

        DeviceSpec toSpec() {
            List<NetworkInterface> ports = interfaces == null ? List.of()
                    : interfaces.stream().map(InterfacePayload::toInterface).toList();
            Set<String> names = new HashSet<>();
            for (NetworkInterface port : ports) {
                if (!names.add(port.name())) {
                    throw new InvalidRequestException("interfaces", "interfaces: nama antarmuka '" + port.name()
                            + "' disebut dua kali.");
                }
            }
            return new DeviceSpec(name, kind, siteId, vendor, model, serialNumber, Boolean.TRUE.equals(security),
                    Boolean.TRUE.equals(internetFacing), hardwareEndOfLife, softwareName, softwareVersion,
                    softwareEndOfLife, ports);
        }
    }

    /** One end of a cable, or the interface holding an address: a device of the LAN and its interface. */
    @Schema(name = "InterfaceEndPayload")
    record EndPayload(@NotBlank @Size(max = 100) String deviceId, @NotBlank @Size(max = 64) String interfaceName) {

        InterfaceRef toRef() {
            return new InterfaceRef(deviceId, interfaceName);
        }

        static EndPayload of(InterfaceRef ref) {
            return ref == null ? null : new EndPayload(ref.deviceId(), ref.interfaceName());
        }
    }

    record CableRequest(@NotNull @Valid EndPayload a, @NotNull @Valid EndPayload b,
            @Nullable CableMedium medium, @Size(max = 100) @Nullable String label) {
    }

    record VlanRequest(@NotNull @Min(1) @Max(4094) Integer vid, @NotBlank @Size(max = 100) String name,
            @Size(max = 500) @Nullable String description) {
    }

    record PrefixRequest(@NotBlank @Size(max = 64) String cidr, @Min(1) @Max(4094) @Nullable Integer vlan,
            @Size(max = 500) @Nullable String description) {
    }

    /** An address in use; {@code deviceId} and {@code interfaceName} name the interface holding it (both or none). */
    record AddressRequest(@NotBlank @Size(max = 64) String address,
            @Size(min = 1, max = 100) @Nullable String deviceId,
            @Size(min = 1, max = 64) @Nullable String interfaceName,
            @Size(max = 500) @Nullable String description) {

        InterfaceRef on() {
            if ((deviceId == null) != (interfaceName == null)) {
                throw new InvalidRequestException(deviceId == null ? "deviceId" : "interfaceName",
                        "deviceId dan interfaceName diisi berdua atau tidak sama sekali.");
            }
            return deviceId == null ? null : new InterfaceRef(deviceId, interfaceName);
        }
    }

    record ByodRequest(@NotBlank @Size(max = 200) String policyReference) {
    }

    // ---- responses ----

    record DeviceResponse(String id, String name, DeviceKind kind, @Nullable String siteId, @Nullable String vendor,
            @Nullable String model, @Nullable String serialNumber, boolean security, boolean internetFacing,
            @Nullable LocalDate hardwareEndOfLife, @Nullable String softwareName, @Nullable String softwareVersion,
            @Nullable LocalDate softwareEndOfLife, List<InterfacePayload> interfaces, Instant addedAt,
            Instant updatedAt) {

        static DeviceResponse of(Device d) {
            return new DeviceResponse(d.id(), d.name(), d.kind(), d.siteId(), d.vendor(), d.model(),
                    d.serialNumber(), d.security(), d.internetFacing(), d.hardwareEndOfLife(), d.softwareName(),
                    d.softwareVersion(), d.softwareEndOfLife(),
                    d.interfaces().stream().map(InterfacePayload::of).toList(), d.addedAt(), d.updatedAt());
        }
    }

    record CableResponse(String id, EndPayload a, EndPayload b, CableMedium medium, @Nullable String label,
            Instant addedAt) {

        static CableResponse of(Cable c) {
            return new CableResponse(c.id(), EndPayload.of(c.a()), EndPayload.of(c.b()), c.medium(), c.label(),
                    c.addedAt());
        }
    }

    record VlanResponse(int vid, String name, @Nullable String description) {

        static VlanResponse of(Vlan v) {
            return new VlanResponse(v.vid(), v.name(), v.description());
        }
    }

    record PrefixResponse(String id, String cidr, @Nullable Integer vlan, @Nullable String description,
            Instant addedAt) {

        static PrefixResponse of(Prefix p) {
            return new PrefixResponse(p.id(), p.cidr(), p.vlan(), p.description(), p.addedAt());
        }
    }

    record AddressResponse(String id, String address, String prefix, @Nullable EndPayload assignedTo,
            @Nullable String description, Instant addedAt) {

        static AddressResponse of(IpAssignment a) {
            return new AddressResponse(a.id(), a.address(), a.prefixCidr(), EndPayload.of(a.assignedTo()),
                    a.description(), a.addedAt());
        }
    }

    record ByodResponse(String policyReference, String acknowledgedBy, Instant acknowledgedAt) {

        static ByodResponse of(ByodAcknowledgement b) {
            return b == null ? null : new ByodResponse(b.policyReference(), b.acknowledgedBy(), b.acknowledgedAt());
        }
    }

    /**
     * One OPD's LAN: who runs it (N3: the OPD when Mandiri TIK, else Dinas), whether this caller may change it
     * ({@code mayEdit}; {@code mayEditSpecial} for its SPECIAL devices, N4) and the whole inventory.
     */
    record LanResponse(String opd, String opdName, LanSteward steward, boolean mandiriTik, boolean mayEdit,
            boolean mayEditSpecial, List<DeviceResponse> devices, List<CableResponse> cables,
            List<VlanResponse> vlans, List<PrefixResponse> prefixes, List<AddressResponse> addresses,
            @Nullable ByodResponse byod, long revision, @Nullable Instant updatedAt, @Nullable String updatedBy) {

        static LanResponse of(LanView view) {
            Lan lan = view.lan();
            return new LanResponse(view.opd().code(), view.opd().name(), view.steward(), view.opd().mandiriTik(),
                    view.mayEdit(), view.mayEditSpecial(), lan.devices().stream().map(DeviceResponse::of).toList(),
                    lan.cables().stream().map(CableResponse::of).toList(),
                    lan.vlans().stream().map(VlanResponse::of).toList(),
                    lan.prefixes().stream().map(PrefixResponse::of).toList(),
                    lan.addresses().stream().map(AddressResponse::of).toList(), ByodResponse.of(lan.byod()),
                    lan.revision(), lan.updatedAt(), lan.updatedBy());
        }
    }

    /** One OPD's line in the LAN overview. */
    record LanSummaryResponse(String opd, String opdName, LanSteward steward, int devices, int securityDevices,
            int internetFacingDevices, int cables, int prefixes, boolean byodAcknowledged, long revision,
            @Nullable Instant updatedAt) {

        static LanSummaryResponse of(LanSummary s) {
            Lan lan = s.lan();
            return new LanSummaryResponse(s.opd().code(), s.opd().name(), s.steward(), lan.devices().size(),
                    (int) lan.devices().stream().filter(Device::security).count(),
                    (int) lan.devices().stream().filter(Device::internetFacing).count(), lan.cables().size(),
                    lan.prefixes().size(), lan.byod() != null, lan.revision(), lan.updatedAt());
        }
    }

    record DeviceRowResponse(String opd, DeviceResponse device) {

        static DeviceRowResponse of(DeviceRow row) {
            return new DeviceRowResponse(row.opdCode(), DeviceResponse.of(row.device()));
        }
    }

    /** A device in the end-of-life view: PAST or WITHIN_WINDOW per date, null when that date is not of concern. */
    record EndOfLifeResponse(String opd, DeviceResponse device, @Nullable EndOfLife hardware,
            @Nullable EndOfLife software) {

        static EndOfLifeResponse of(EndOfLifeRow row) {
            return new EndOfLifeResponse(row.opdCode(), DeviceResponse.of(row.device()), row.hardware(),
                    row.software());
        }
    }

    /** The tamper-evident change history of an OPD's LAN (SEC1). */
    @Schema(name = "LanHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }
    }
}
