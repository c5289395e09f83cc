package id.go.spbe.network.lan.domain;

import id.go.spbe.network.lan.domain.LanEvents.LanChanged;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import inet.ipaddr.IPAddress;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The LAN inventory of one OPD (N3, N4, N9): devices with their interfaces, cables between interfaces, VLANs, IP
 * prefixes and addresses, and the OPD's BYOD acknowledgement. One document per OPD (id = OPD code), so every
 * consistency rule between these records (a cable's ends exist and are free, an address lies in a prefix) is
 * checked and written atomically, and a yearly snapshot or a change report's diff (N6, N7) is a copy of one document.
 * Every change raises {@link LanChanged}, so every change is in the hash-chained history (SEC1).
 *
 * <p>Who may change it is not the aggregate's business (it follows the OPD's Mandiri TIK status, see
 * {@code LanStewardship}); the {@code steward} it records is who runs it at the time of the change.
 */
@Document("lans")
public class Lan extends AggregateRoot {

    @Id
    private String opdCode;
    private List<Device> devices = new ArrayList<>();
    private List<Cable> cables = new ArrayList<>();
    private List<Vlan> vlans = new ArrayList<>();
    private List<Prefix> prefixes = new ArrayList<>();
    private List<IpAssignment> addresses = new ArrayList<>();
    private ByodAcknowledgement byod;
    /** Ids of this LAN's devices, indexed so a cable naming another OPD's device can be told from a typo. */
    @Indexed
    private List<String> deviceIds = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;

    Lan() {
    }

    /** The empty inventory of an OPD, before its first record. */
    public static Lan of(String opdCode, Instant now) {
        Lan lan = new Lan();
        lan.opdCode = opdCode;
        lan.createdAt = now;
        return lan;
    }

    // ---- devices (N3, N4, N9) ----

    public Device addDevice(DeviceSpec spec, LanSteward steward, String actor, Instant now) {
        requireUniqueDeviceName(spec.name(), null);
        requireKnownVlans(spec.interfaces());
        Device device = build(UUID.randomUUID().toString(), spec, now, now);
        devices.add(device);
        changed(LanChange.DEVICE_ADDED, device.id(), describe(device) + " ditambahkan", steward, actor, now);
        return device;
    }

    /**
     * Replaces what is known about a device. Its kind may not change in a way that would move it between stewards
     * (callers check who may edit before and after), and an interface that is cabled or holds an address cannot
     * disappear.
     */
    public Device updateDevice(String deviceId, DeviceSpec spec, LanSteward steward, String actor, Instant now) {
        Device old = device(deviceId);
        requireUniqueDeviceName(spec.name(), deviceId);
        requireKnownVlans(spec.interfaces());
        Set<String> kept = new HashSet<>();
        spec.interfaces().forEach(port -> kept.add(port.name()));
        for (NetworkInterface port : old.interfaces()) {
            if (!kept.contains(port.name())) {
                requireUnused(new InterfaceRef(deviceId, port.name()), "dihapus");
            }
        }
        Device device = build(deviceId, spec, old.addedAt(), now);
        devices.set(devices.indexOf(old), device);
        changed(LanChange.DEVICE_UPDATED, deviceId, describe(device) + " diperbarui", steward, actor, now);
        return device;
    }

    /** Removes a device that no cable and no address refers to any more. */
    public void removeDevice(String deviceId, LanSteward steward, String actor, Instant now) {
        Device device = device(deviceId);
        for (NetworkInterface port : device.interfaces()) {
            requireUnused(new InterfaceRef(deviceId, port.name()), "dihapus bersama perangkatnya");
        }
        devices.remove(device);
        changed(LanChange.DEVICE_REMOVED, deviceId, describe(device) + " dihapus", steward, actor, now);
    }

    // ---- cables ----

    /**
     * Connects two interfaces of this LAN. Refused: an end that is not an interface of this LAN (422 naming it), a
     * cable from an interface to itself (422), an interface that already has a cable (409 naming that cable).
     * Whether an unknown device belongs to another OPD is the caller's question (a cable between OPDs is a WAN link).
     */
    public Cable connect(InterfaceRef a, InterfaceRef b, CableMedium medium, String label, LanSteward steward,
            String actor, Instant now) {
        requirePort(a, "a");
        requirePort(b, "b");
        if (a.sameAs(b)) {
            throw new RuleViolationException("N3", "Kabel tidak dapat menghubungkan antarmuka " + portName(a)
                    + " dengan dirinya sendiri.");
        }
        for (InterfaceRef end : List.of(a, b)) {
            cableAt(end).ifPresent(existing -> {
                throw new StateConflictException("Antarmuka " + portName(end) + " sudah terhubung dengan kabel "
                        + existing.id() + "; lepaskan kabel itu dahulu.");
            });
        }
        Cable cable = new Cable(UUID.randomUUID().toString(), a, b, medium == null ? CableMedium.COPPER : medium,
                label, now);
        cables.add(cable);
        changed(LanChange.CABLE_CONNECTED, cable.id(), portName(a) + " — " + portName(b) + " dihubungkan", steward,
                actor, now);
        return cable;
    }

    public void disconnect(String cableId, LanSteward steward, String actor, Instant now) {
        Cable cable = cables.stream().filter(c -> c.id().equals(cableId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Cable", cableId));
        cables.remove(cable);
        changed(LanChange.CABLE_DISCONNECTED, cableId, portName(cable.a()) + " — " + portName(cable.b())
                + " dilepas", steward, actor, now);
    }

    // ---- VLANs ----

    public Vlan addVlan(Vlan vlan, LanSteward steward, String actor, Instant now) {
        if (vlan(vlan.vid()).isPresent()) {
            throw new StateConflictException("VLAN " + vlan.vid() + " sudah ada di LAN ini.");
        }
        vlans.add(vlan);
        changed(LanChange.VLAN_ADDED, String.valueOf(vlan.vid()), "VLAN " + vlan.vid() + " (" + vlan.name()
                + ") ditambahkan", steward, actor, now);
        return vlan;
    }

    public void removeVlan(int vid, LanSteward steward, String actor, Instant now) {
        Vlan vlan = vlan(vid).orElseThrow(() -> new NotFoundException("Vlan", String.valueOf(vid)));
        for (Device device : devices) {
            for (NetworkInterface port : device.interfaces()) {
                if (port.uses(vid)) {
                    throw new StateConflictException("VLAN " + vid + " masih dipakai antarmuka "
                            + portName(new InterfaceRef(device.id(), port.name())) + ".");
                }
            }
        }
        prefixes.stream().filter(p -> p.vlan() != null && p.vlan() == vid).findFirst().ifPresent(p -> {
            throw new StateConflictException("VLAN " + vid + " masih dipakai prefiks " + p.cidr() + ".");
        });
        vlans.remove(vlan);
        changed(LanChange.VLAN_REMOVED, String.valueOf(vid), "VLAN " + vid + " dihapus", steward, actor, now);
    }

    // ---- IP prefixes and addresses ----

    /**
     * Adds a prefix. Within the LAN, prefixes may nest (a /24 carved out of the OPD's /16) but not repeat; against
     * other OPDs' prefixes ({@code elsewhere}, by OPD code) no overlap at all is allowed, since the WAN routes them.
     */
    public Prefix addPrefix(IPAddress block, Integer vlanId, String description,
            Collection<ForeignPrefix> elsewhere, LanSteward steward, String actor, Instant now) {
        String cidr = block.toCanonicalString();
        for (Prefix own : prefixes) {
            if (IpPlan.stored(own.cidr()).equals(block)) {
                throw new StateConflictException("Prefiks " + cidr + " sudah tercatat di LAN ini.");
            }
        }
        for (ForeignPrefix other : elsewhere) {
            if (!other.opdCode().equals(opdCode) && IpPlan.overlapsStored(other.cidr(), block)) {
                throw new RuleViolationException("N3", "Prefiks " + cidr + " tumpang tindih dengan prefiks "
                        + other.cidr() + " milik OPD " + other.opdCode() + "; alamat jaringan intra pemerintah "
                        + "tidak boleh dipakai dua OPD.");
            }
        }
        if (vlanId != null && vlan(vlanId).isEmpty()) {
            throw new RuleViolationException("N3", "VLAN " + vlanId + " belum tercatat di LAN ini.");
        }
        Prefix prefix = new Prefix(UUID.randomUUID().toString(), cidr, vlanId, description, now);
        prefixes.add(prefix);
        changed(LanChange.PREFIX_ADDED, prefix.id(), "Prefiks " + cidr + " ditambahkan", steward, actor, now);
        return prefix;
    }

    /** Removes a prefix unless an address would be left outside every prefix of the LAN. */
    public void removePrefix(String prefixId, LanSteward steward, String actor, Instant now) {
        Prefix prefix = prefixes.stream().filter(p -> p.id().equals(prefixId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Prefix", prefixId));
        List<Prefix> rest = prefixes.stream().filter(p -> p != prefix).toList();
        for (IpAssignment assignment : addresses) {
            IPAddress address = IpPlan.stored(assignment.address());
            if (IpPlan.stored(prefix.cidr()).contains(address) && IpPlan.mostSpecific(address, rest).isEmpty()) {
                throw new StateConflictException("Prefiks " + prefix.cidr() + " masih memuat alamat "
                        + assignment.address() + "; lepaskan alamat itu dahulu.");
            }
        }
        prefixes.remove(prefix);
        addresses.replaceAll(a -> IpPlan.stored(prefix.cidr()).contains(IpPlan.stored(a.address()))
                ? new IpAssignment(a.id(), a.address(), IpPlan.mostSpecific(IpPlan.stored(a.address()), rest)
                        .map(Prefix::cidr).orElseThrow(), a.assignedTo(), a.description(), a.addedAt())
                : a);
        changed(LanChange.PREFIX_REMOVED, prefixId, "Prefiks " + prefix.cidr() + " dihapus", steward, actor, now);
    }

    /**
     * Records an address in use. It must lie in one of this LAN's prefixes, not be the network or broadcast address
     * of an IPv4 prefix, not be recorded twice, and sit on an existing interface when one is named.
     */
    public IpAssignment assignAddress(IPAddress address, InterfaceRef on, String description, LanSteward steward,
            String actor, Instant now) {
        String text = address.toCanonicalString();
        Prefix prefix = IpPlan.mostSpecific(address, prefixes).orElseThrow(() -> new RuleViolationException("N3",
                "Alamat " + text + " tidak termasuk prefiks mana pun di LAN ini; catat prefiksnya dahulu."));
        if (IpPlan.reservedIn(address, IpPlan.stored(prefix.cidr()))) {
            throw new RuleViolationException("N3", "Alamat " + text + " adalah alamat jaringan atau broadcast "
                    + "prefiks " + prefix.cidr() + ".");
        }
        addresses.stream().filter(a -> a.address().equals(text)).findFirst().ifPresent(a -> {
            throw new StateConflictException("Alamat " + text + " sudah tercatat di LAN ini.");
        });
        if (on != null) {
            requirePort(on, "interface");
        }
        IpAssignment assignment = new IpAssignment(UUID.randomUUID().toString(), text, prefix.cidr(), on,
                description, now);
        addresses.add(assignment);
        changed(LanChange.ADDRESS_ASSIGNED, assignment.id(), "Alamat " + text + " dicatat", steward, actor, now);
        return assignment;
    }

    public void releaseAddress(String assignmentId, LanSteward steward, String actor, Instant now) {
        IpAssignment assignment = addresses.stream().filter(a -> a.id().equals(assignmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Address", assignmentId));
        addresses.remove(assignment);
        changed(LanChange.ADDRESS_RELEASED, assignmentId, "Alamat " + assignment.address() + " dilepas", steward,
                actor, now);
    }

    // ---- BYOD (N9) ----

    public void acknowledgeByod(String policyReference, LanSteward steward, String actor, Instant now) {
        byod = new ByodAcknowledgement(policyReference, actor, now);
        changed(LanChange.BYOD_ACKNOWLEDGED, opdCode, "Kebijakan BYOD " + policyReference + " diakui", steward,
                actor, now);
    }

    // ---- reading ----

    public Device device(String deviceId) {
        return findDevice(deviceId).orElseThrow(() -> new NotFoundException("Device", deviceId));
    }

    public Optional<Device> findDevice(String deviceId) {
        return devices.stream().filter(d -> d.id().equals(deviceId)).findFirst();
    }

    public Optional<Vlan> vlan(int vid) {
        return vlans.stream().filter(v -> v.vid() == vid).findFirst();
    }

    public Optional<Cable> cableAt(InterfaceRef end) {
        return cables.stream().filter(c -> c.touches(end)).findFirst();
    }

    /** "router-1:ge-0/0/1": the device's name rather than its id, for messages and labels. */
    public String portName(InterfaceRef ref) {
        return findDevice(ref.deviceId()).map(Device::name).orElse(ref.deviceId()) + ":" + ref.interfaceName();
    }

    public String opdCode() {
        return opdCode;
    }

    /**
     * How many writes the inventory has had: 0 before the first (nothing stored yet), then the stored version + 1.
     * The API's ETag, so the empty inventory and the first stored one have different tags.
     */
    public long revision() {
        return version() == null ? 0 : version() + 1;
    }

    public List<Device> devices() {
        return Collections.unmodifiableList(devices);
    }

    public List<Cable> cables() {
        return Collections.unmodifiableList(cables);
    }

    public List<Vlan> vlans() {
        return Collections.unmodifiableList(vlans);
    }

    public List<Prefix> prefixes() {
        return Collections.unmodifiableList(prefixes);
    }

    public List<IpAssignment> addresses() {
        return Collections.unmodifiableList(addresses);
    }

    public ByodAcknowledgement byod() {
        return byod;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    // ---- internals ----

    private Device build(String id, DeviceSpec spec, Instant addedAt, Instant now) {
        return new Device(id, spec.name().strip(), spec.kind(), spec.siteId(), spec.vendor(), spec.model(),
                spec.serialNumber(), spec.security() || spec.kind().alwaysSecurity(), spec.internetFacing(),
                spec.hardwareEndOfLife(), spec.softwareName(), spec.softwareVersion(), spec.softwareEndOfLife(),
                spec.interfaces(), addedAt, now);
    }

    private void requireUniqueDeviceName(String name, String exceptId) {
        String wanted = name.strip();
        devices.stream().filter(d -> d.name().equalsIgnoreCase(wanted) && !d.id().equals(exceptId)).findFirst()
                .ifPresent(d -> {
                    throw new StateConflictException("Perangkat bernama '" + wanted + "' sudah ada di LAN ini.");
                });
    }

    private void requireKnownVlans(List<NetworkInterface> ports) {
        for (NetworkInterface port : ports) {
            List<Integer> used = new ArrayList<>(port.taggedVlans());
            if (port.untaggedVlan() != null) {
                used.add(port.untaggedVlan());
            }
            for (int vid : used) {
                if (vlan(vid).isEmpty()) {
                    throw new RuleViolationException("N3", "Antarmuka " + port.name() + " memakai VLAN " + vid
                            + " yang belum tercatat di LAN ini.");
                }
            }
        }
    }

    private void requirePort(InterfaceRef ref, String end) {
        Device device = findDevice(ref.deviceId()).orElseThrow(() -> new RuleViolationException("N3",
                "Ujung " + end + ": perangkat " + ref.deviceId() + " tidak ada di LAN OPD " + opdCode + "."));
        if (device.port(ref.interfaceName()).isEmpty()) {
            throw new RuleViolationException("N3", "Ujung " + end + ": perangkat " + device.name()
                    + " tidak memiliki antarmuka '" + ref.interfaceName() + "'.");
        }
    }

    private void requireUnused(InterfaceRef ref, String verb) {
        cableAt(ref).ifPresent(cable -> {
            throw new StateConflictException("Antarmuka " + portName(ref) + " masih terhubung dengan kabel "
                    + cable.id() + " sehingga tidak dapat " + verb + ".");
        });
        addresses.stream().filter(a -> a.assignedTo() != null && a.assignedTo().sameAs(ref)).findFirst()
                .ifPresent(a -> {
                    throw new StateConflictException("Antarmuka " + portName(ref) + " masih memegang alamat "
                            + a.address() + " sehingga tidak dapat " + verb + ".");
                });
    }

    private static String describe(Device device) {
        return device.kind() + " " + device.name();
    }

    private void changed(LanChange change, String subjectId, String summary, LanSteward steward, String actor,
            Instant now) {
        updatedAt = now;
        updatedBy = actor;
        deviceIds = new ArrayList<>(devices.stream().map(Device::id).toList());
        int security = (int) devices.stream().filter(Device::security).count();
        raise(new LanChanged(UUID.randomUUID(), now, opdCode, change, subjectId, summary, steward, devices.size(),
                cables.size(), security, prefixes.size(), revision() + 1));
    }

    /** A prefix of another OPD's LAN, for the region-wide overlap check. */
    public record ForeignPrefix(String opdCode, String cidr) {
    }
}
