package id.go.spbe.network.lan.domain;

import id.go.spbe.network.lan.domain.InventoryDiff.Entry;
import id.go.spbe.network.lan.domain.InventoryDiff.Kind;
import id.go.spbe.network.lan.domain.InventoryDiff.Part;
import inet.ipaddr.IPAddressString;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inventory diff a change report (N7) and a yearly snapshot (N6) show, on real LAN aggregates. */
class InventoryDiffTest {

    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    static final LanSteward DINAS = LanSteward.DINAS;

    static DeviceSpec spec(String name, DeviceKind kind, List<NetworkInterface> ports) {
        return new DeviceSpec(name, kind, null, null, null, null, false, false, null, null, null, null, ports);
    }

    static NetworkInterface port(String name, Integer vlan) {
        return new NetworkInterface(name, null, vlan, List.of());
    }

    Lan lan = Lan.of("DINKES", NOW);

    @Test
    void identicalInventoriesHaveNoDiff_N7() {
        lan.addDevice(spec("rtr-1", DeviceKind.ROUTER, List.of(port("ge0", null))), DINAS, "a", NOW);
        InventoryContent same = InventoryContent.of(lan);

        assertThat(InventoryDiff.between(same, InventoryContent.of(lan)).isEmpty()).isTrue();
        assertThat(InventoryDiff.between(InventoryContent.EMPTY, InventoryContent.EMPTY).isEmpty()).isTrue();
    }

    @Test
    void everyKindOfRecordAddedFromTheEmptyInventoryIsListedAsAdded_N7() {
        lan.addVlan(new Vlan(10, "Staf", null), DINAS, "a", NOW);
        Device router = lan.addDevice(spec("rtr-1", DeviceKind.ROUTER, List.of(port("ge0", null))), DINAS, "a", NOW);
        Device sw = lan.addDevice(spec("sw-1", DeviceKind.SWITCH, List.of(port("p1", 10))), DINAS, "a", NOW);
        lan.connect(new InterfaceRef(router.id(), "ge0"), new InterfaceRef(sw.id(), "p1"), null, null, DINAS, "a",
                NOW);
        lan.addPrefix(new IPAddressString("10.1.0.0/24").getAddress(), 10, null, List.of(), DINAS, "a", NOW);
        lan.assignAddress(new IPAddressString("10.1.0.1").getAddress(), new InterfaceRef(router.id(), "ge0"), null,
                DINAS, "a", NOW);

        InventoryDiff diff = InventoryDiff.between(InventoryContent.EMPTY, InventoryContent.of(lan));

        assertThat(diff.entries()).extracting(Entry::part).containsExactly(Part.DEVICE, Part.DEVICE, Part.CABLE,
                Part.VLAN, Part.PREFIX, Part.ADDRESS);
        assertThat(diff.count(Kind.ADDED)).isEqualTo(6);
        // an added device brings its interfaces: they are not listed one by one
        assertThat(diff.entries()).noneMatch(e -> e.part() == Part.INTERFACE);
        assertThat(diff.entries()).extracting(Entry::label).contains("ROUTER rtr-1", "rtr-1:ge0 — sw-1:p1",
                "VLAN 10 (Staf)", "10.1.0.0/24", "10.1.0.1 (rtr-1:ge0)");
    }

    @Test
    void removalsChangesAndInterfaceEditsAreToldApartAndNameTheFields_N7() {
        lan.addVlan(new Vlan(10, "Staf", null), DINAS, "a", NOW);
        lan.addVlan(new Vlan(20, "Tamu", null), DINAS, "a", NOW);
        Device router = lan.addDevice(spec("rtr-1", DeviceKind.ROUTER, List.of(port("ge0", null))), DINAS, "a", NOW);
        Device sw = lan.addDevice(spec("sw-1", DeviceKind.SWITCH, List.of(port("p1", 10), port("p2", null))), DINAS,
                "a", NOW);
        Device ap = lan.addDevice(spec("ap-1", DeviceKind.ACCESS_POINT, List.of(port("eth0", null))), DINAS, "a",
                NOW);
        lan.connect(new InterfaceRef(router.id(), "ge0"), new InterfaceRef(sw.id(), "p2"), null, null, DINAS, "a",
                NOW);
        InventoryContent before = InventoryContent.of(lan);

        lan.removeDevice(ap.id(), DINAS, "a", NOW);
        DeviceSpec renamed = new DeviceSpec("sw-lantai-2", DeviceKind.SWITCH, null, "MikroTik", null, null, false,
                false, null, null, null, null, List.of(port("p1", 20), port("p2", null), port("p3", null)));
        lan.updateDevice(sw.id(), renamed, DINAS, "a", NOW);
        lan.removeVlan(10, DINAS, "a", NOW);
        InventoryDiff diff = InventoryDiff.between(before, InventoryContent.of(lan));

        assertThat(diff.entries()).containsExactly(
                new Entry(Part.DEVICE, Kind.REMOVED, ap.id(), "ACCESS_POINT ap-1", List.of()),
                new Entry(Part.DEVICE, Kind.CHANGED, sw.id(), "SWITCH sw-lantai-2", List.of("name", "vendor")),
                new Entry(Part.INTERFACE, Kind.CHANGED, sw.id() + ":p1", "sw-lantai-2:p1", List.of("untaggedVlan")),
                new Entry(Part.INTERFACE, Kind.ADDED, sw.id() + ":p3", "sw-lantai-2:p3", List.of()),
                new Entry(Part.VLAN, Kind.REMOVED, "10", "VLAN 10 (Staf)", List.of()));
        // the cable on p2 is untouched: the renamed device does not make it a change
        assertThat(diff.entries()).noneMatch(e -> e.part() == Part.CABLE);
        // and the reverse diff mirrors it
        InventoryDiff back = InventoryDiff.between(InventoryContent.of(lan), before);
        assertThat(back.count(Kind.ADDED)).isEqualTo(2);
        assertThat(back.count(Kind.REMOVED)).isEqualTo(1);
        assertThat(back.count(Kind.CHANGED)).isEqualTo(2);
    }

    @Test
    void anAddressMovedToAnotherInterfaceIsAChangeOfAssignedTo_N7() {
        Device router = lan.addDevice(spec("rtr-1", DeviceKind.ROUTER, List.of(port("ge0", null), port("ge1", null))),
                DINAS, "a", NOW);
        lan.addPrefix(new IPAddressString("10.1.0.0/24").getAddress(), null, null, List.of(), DINAS, "a", NOW);
        IpAssignment first = lan.assignAddress(new IPAddressString("10.1.0.1").getAddress(),
                new InterfaceRef(router.id(), "ge0"), null, DINAS, "a", NOW);
        InventoryContent before = InventoryContent.of(lan);
        lan.releaseAddress(first.id(), DINAS, "a", NOW);
        lan.assignAddress(new IPAddressString("10.1.0.1").getAddress(), new InterfaceRef(router.id(), "ge1"), null,
                DINAS, "a", NOW);

        assertThat(InventoryDiff.between(before, InventoryContent.of(lan)).entries()).containsExactly(
                new Entry(Part.ADDRESS, Kind.CHANGED, "10.1.0.1", "10.1.0.1 (rtr-1:ge1)", List.of("assignedTo")));
    }
}
