package id.go.spbe.network.lan.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two revisions of a LAN inventory (N7, and N6's diff against last year's snapshot): devices,
 * interfaces, cables, VLANs, prefixes and addresses added, removed or changed, each with a readable label and, when
 * changed, the names of the fields that differ. Records are matched by their identity in the LAN: devices and cables
 * by id, interfaces by device and name, VLANs by VID, prefixes by CIDR, addresses by address. Interfaces are listed
 * only for devices on both sides (an added device brings its interfaces with it). Entries come in a stable order:
 * by part, then as the records appear (before-side removals first).
 */
public record InventoryDiff(List<Entry> entries) {

    public enum Part { DEVICE, INTERFACE, CABLE, VLAN, PREFIX, ADDRESS }

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One difference; {@code fields} names what changed (empty unless {@code CHANGED}). */
    public record Entry(Part part, Kind kind, String key, String label, List<String> fields) {

        public Entry {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    public InventoryDiff {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public long count(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).count();
    }

    public static InventoryDiff between(InventoryContent before, InventoryContent after) {
        List<Entry> entries = new ArrayList<>();
        Names names = new Names(before, after);
        compare(entries, Part.DEVICE, before.devices(), after.devices(), Device::id,
                d -> d.kind() + " " + d.name(), InventoryDiff::deviceFields);
        Map<String, Device> kept = index(after.devices(), Device::id);
        for (Device old : before.devices()) {
            Device now = kept.get(old.id());
            if (now != null) {
                compare(entries, Part.INTERFACE, old.interfaces(), now.interfaces(),
                        p -> now.id() + ":" + p.name(), p -> now.name() + ":" + p.name(), InventoryDiff::portFields);
            }
        }
        compare(entries, Part.CABLE, before.cables(), after.cables(), Cable::id,
                c -> names.port(c.a()) + " — " + names.port(c.b()), InventoryDiff::cableFields);
        compare(entries, Part.VLAN, before.vlans(), after.vlans(), v -> String.valueOf(v.vid()),
                v -> "VLAN " + v.vid() + " (" + v.name() + ")", InventoryDiff::vlanFields);
        compare(entries, Part.PREFIX, before.prefixes(), after.prefixes(), Prefix::cidr, Prefix::cidr,
                InventoryDiff::prefixFields);
        compare(entries, Part.ADDRESS, before.addresses(), after.addresses(), IpAssignment::address,
                a -> a.assignedTo() == null ? a.address() : a.address() + " (" + names.port(a.assignedTo()) + ")",
                InventoryDiff::addressFields);
        return new InventoryDiff(entries);
    }

    private static <T> void compare(List<Entry> entries, Part part, List<T> before, List<T> after,
            Function<T, String> key, Function<T, String> label, Fields<T> fields) {
        Map<String, T> old = index(before, key);
        Map<String, T> now = index(after, key);
        for (T record : before) {
            if (!now.containsKey(key.apply(record))) {
                entries.add(new Entry(part, Kind.REMOVED, key.apply(record), label.apply(record), List.of()));
            }
        }
        for (T record : after) {
            T previous = old.get(key.apply(record));
            if (previous == null) {
                entries.add(new Entry(part, Kind.ADDED, key.apply(record), label.apply(record), List.of()));
            } else {
                List<String> changed = new ArrayList<>();
                fields.collect(previous, record, changed);
                if (!changed.isEmpty()) {
                    entries.add(new Entry(part, Kind.CHANGED, key.apply(record), label.apply(record), changed));
                }
            }
        }
    }

    private static <T> Map<String, T> index(List<T> records, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        records.forEach(r -> byKey.putIfAbsent(key.apply(r), r));
        return byKey;
    }

    @FunctionalInterface
    private interface Fields<T> {
        void collect(T before, T after, List<String> changed);
    }

    private static void field(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }

    /** A device's own fields; its interfaces are compared one by one, its timestamps are bookkeeping. */
    private static void deviceFields(Device a, Device b, List<String> changed) {
        field(changed, "name", a.name(), b.name());
        field(changed, "kind", a.kind(), b.kind());
        field(changed, "siteId", a.siteId(), b.siteId());
        field(changed, "vendor", a.vendor(), b.vendor());
        field(changed, "model", a.model(), b.model());
        field(changed, "serialNumber", a.serialNumber(), b.serialNumber());
        field(changed, "security", a.security(), b.security());
        field(changed, "internetFacing", a.internetFacing(), b.internetFacing());
        field(changed, "hardwareEndOfLife", a.hardwareEndOfLife(), b.hardwareEndOfLife());
        field(changed, "softwareName", a.softwareName(), b.softwareName());
        field(changed, "softwareVersion", a.softwareVersion(), b.softwareVersion());
        field(changed, "softwareEndOfLife", a.softwareEndOfLife(), b.softwareEndOfLife());
    }

    private static void portFields(NetworkInterface a, NetworkInterface b, List<String> changed) {
        field(changed, "description", a.description(), b.description());
        field(changed, "untaggedVlan", a.untaggedVlan(), b.untaggedVlan());
        field(changed, "taggedVlans", a.taggedVlans(), b.taggedVlans());
    }

    private static void cableFields(Cable a, Cable b, List<String> changed) {
        field(changed, "a", a.a(), b.a());
        field(changed, "b", a.b(), b.b());
        field(changed, "medium", a.medium(), b.medium());
        field(changed, "label", a.label(), b.label());
    }

    private static void vlanFields(Vlan a, Vlan b, List<String> changed) {
        field(changed, "name", a.name(), b.name());
        field(changed, "description", a.description(), b.description());
    }

    private static void prefixFields(Prefix a, Prefix b, List<String> changed) {
        field(changed, "vlan", a.vlan(), b.vlan());
        field(changed, "description", a.description(), b.description());
    }

    private static void addressFields(IpAssignment a, IpAssignment b, List<String> changed) {
        field(changed, "prefix", a.prefixCidr(), b.prefixCidr());
        field(changed, "assignedTo", a.assignedTo(), b.assignedTo());
        field(changed, "description", a.description(), b.description());
    }

    /** Device names for labels, the later name winning, so a removed device is still named. */
    private record Names(Map<String, String> byId) {

        Names(InventoryContent before, InventoryContent after) {
            this(new LinkedHashMap<>());
            before.devices().forEach(d -> byId.put(d.id(), d.name()));
            after.devices().forEach(d -> byId.put(d.id(), d.name()));
        }

        String port(InterfaceRef ref) {
            return byId.getOrDefault(ref.deviceId(), ref.deviceId()) + ":" + ref.interfaceName();
        }
    }
}
