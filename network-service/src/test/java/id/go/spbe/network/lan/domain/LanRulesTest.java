package id.go.spbe.network.lan.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The LAN aggregate's own rules (N3, N4, N9), without Spring. */
class LanRulesTest {

    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    static final LanSteward DINAS = LanSteward.DINAS;

    static DeviceSpec device(String name, DeviceKind kind, String... ports) {
        return new DeviceSpec(name, kind, null, null, null, null, false, false, null, null, null, null,
                java.util.Arrays.stream(ports).map(p -> new NetworkInterface(p, null, null, List.of())).toList());
    }

    static InterfaceRef at(Device d, String port) {
        return new InterfaceRef(d.id(), port);
    }

    Lan lan = Lan.of("DINKES", NOW);

    @Test
    void aCableToAnUnknownInterfaceIsRefusedNamingIt_N3() {
        Device router = lan.addDevice(device("rtr-1", DeviceKind.ROUTER, "ge0"), DINAS, "a", NOW);
        Device sw = lan.addDevice(device("sw-1", DeviceKind.SWITCH, "p1"), DINAS, "a", NOW);

        assertThatThrownBy(() -> lan.connect(at(router, "ge0"), at(sw, "p9"), null, null, DINAS, "a", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("sw-1")
                .hasMessageContaining("'p9'")
                .extracting(e -> ((RuleViolationException) e).obligation()).isEqualTo("N3");
        assertThatThrownBy(() -> lan.connect(at(router, "ge0"), new InterfaceRef("nope", "p1"), null, null, DINAS,
                "a", NOW)).isInstanceOf(RuleViolationException.class).hasMessageContaining("nope");
    }

    @Test
    void anInterfaceCannotBeCabledToItselfOrTwice_N3() {
        Device router = lan.addDevice(device("rtr-1", DeviceKind.ROUTER, "ge0", "ge1"), DINAS, "a", NOW);
        Device sw = lan.addDevice(device("sw-1", DeviceKind.SWITCH, "p1", "p2"), DINAS, "a", NOW);

        assertThatThrownBy(() -> lan.connect(at(router, "ge0"), at(router, "ge0"), null, null, DINAS, "a", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("dirinya sendiri");
        Cable cable = lan.connect(at(router, "ge0"), at(sw, "p1"), CableMedium.FIBER, null, DINAS, "a", NOW);
        assertThatThrownBy(() -> lan.connect(at(sw, "p1"), at(router, "ge1"), null, null, DINAS, "a", NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("sw-1:p1")
                .hasMessageContaining(cable.id());
        // Two cables between the same two devices on other ports are fine (a LAG, a redundant uplink).
        lan.connect(at(router, "ge1"), at(sw, "p2"), null, null, DINAS, "a", NOW);
        assertThat(lan.cables()).hasSize(2);
    }

    @Test
    void aCabledInterfaceOrDeviceCannotDisappear_N3() {
        Device router = lan.addDevice(device("rtr-1", DeviceKind.ROUTER, "ge0"), DINAS, "a", NOW);
        Device sw = lan.addDevice(device("sw-1", DeviceKind.SWITCH, "p1"), DINAS, "a", NOW);
        Cable cable = lan.connect(at(router, "ge0"), at(sw, "p1"), null, null, DINAS, "a", NOW);

        assertThatThrownBy(() -> lan.updateDevice(sw.id(), device("sw-1", DeviceKind.SWITCH, "p2"), DINAS, "a", NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("sw-1:p1");
        assertThatThrownBy(() -> lan.removeDevice(router.id(), DINAS, "a", NOW))
                .isInstanceOf(StateConflictException.class);
        lan.disconnect(cable.id(), DINAS, "a", NOW);
        lan.removeDevice(router.id(), DINAS, "a", NOW);
        assertThat(lan.devices()).extracting(Device::name).containsExactly("sw-1");
    }

    @Test
    void deviceNamesAreUniqueAndFirewallsAreAlwaysSecurityDevices_N9() {
        Device fw = lan.addDevice(device("fw-1", DeviceKind.FIREWALL), DINAS, "a", NOW);
        assertThat(fw.security()).isTrue();
        assertThatThrownBy(() -> lan.addDevice(device("FW-1", DeviceKind.SWITCH), DINAS, "a", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void interfacesUseOnlyVlansOfTheLan_N3() {
        DeviceSpec spec = new DeviceSpec("sw-1", DeviceKind.SWITCH, null, null, null, null, false, false, null,
                null, null, null, List.of(new NetworkInterface("p1", null, 10, List.of())));
        assertThatThrownBy(() -> lan.addDevice(spec, DINAS, "a", NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("VLAN 10");
        lan.addVlan(new Vlan(10, "Staf", null), DINAS, "a", NOW);
        Device sw = lan.addDevice(spec, DINAS, "a", NOW);
        assertThatThrownBy(() -> lan.removeVlan(10, DINAS, "a", NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("sw-1:p1");
        assertThat(sw.port("p1").orElseThrow().untaggedVlan()).isEqualTo(10);
    }

    @Test
    void prefixesNestWithinOneLanButNeverOverlapAnotherOpd_N3() {
        lan.addPrefix(IpPlan.prefix("cidr", "10.20.0.0/16"), null, null, List.of(), DINAS, "a", NOW);
        lan.addPrefix(IpPlan.prefix("cidr", "10.20.1.0/24"), null, null, List.of(), DINAS, "a", NOW);
        assertThatThrownBy(() -> lan.addPrefix(IpPlan.prefix("cidr", "10.20.1.0/24"), null, null, List.of(), DINAS,
                "a", NOW)).isInstanceOf(StateConflictException.class);

        List<Lan.ForeignPrefix> elsewhere = List.of(new Lan.ForeignPrefix("BAPPEDA", "10.30.0.0/16"),
                new Lan.ForeignPrefix("DISDIK", "2001:db8::/32"));
        assertThatThrownBy(() -> lan.addPrefix(IpPlan.prefix("cidr", "10.30.5.0/24"), null, null, elsewhere,
                DINAS, "a", NOW)).isInstanceOf(RuleViolationException.class).hasMessageContaining("BAPPEDA")
                .hasMessageContaining("10.30.0.0/16");
        assertThatThrownBy(() -> lan.addPrefix(IpPlan.prefix("cidr", "10.0.0.0/8"), null, null, elsewhere,
                DINAS, "a", NOW)).as("a supernet of another OPD's prefix").isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> lan.addPrefix(IpPlan.prefix("cidr", "2001:db8:1::/48"), null, null, elsewhere,
                DINAS, "a", NOW)).as("IPv6 too").isInstanceOf(RuleViolationException.class);
        lan.addPrefix(IpPlan.prefix("cidr", "10.31.0.0/16"), null, null, elsewhere, DINAS, "a", NOW);
        assertThat(lan.prefixes()).extracting(Prefix::cidr)
                .containsExactly("10.20.0.0/16", "10.20.1.0/24", "10.31.0.0/16");
    }

    @Test
    void anAddressMustLieInAPrefixOfTheLanAndNotBeItsNetworkOrBroadcast_N3() {
        assertThatThrownBy(() -> lan.assignAddress(IpPlan.address("address", "10.20.1.5"), null, null, DINAS, "a",
                NOW)).isInstanceOf(RuleViolationException.class).hasMessageContaining("10.20.1.5");
        lan.addPrefix(IpPlan.prefix("cidr", "10.20.0.0/16"), null, null, List.of(), DINAS, "a", NOW);
        lan.addPrefix(IpPlan.prefix("cidr", "10.20.1.0/24"), null, null, List.of(), DINAS, "a", NOW);

        IpAssignment a = lan.assignAddress(IpPlan.address("address", "10.20.1.5/24"), null, null, DINAS, "a", NOW);
        assertThat(a.address()).isEqualTo("10.20.1.5");
        assertThat(a.prefixCidr()).as("the most specific prefix").isEqualTo("10.20.1.0/24");
        assertThatThrownBy(() -> lan.assignAddress(IpPlan.address("address", "10.20.1.5"), null, null, DINAS, "a",
                NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> lan.assignAddress(IpPlan.address("address", "10.20.1.255"), null, null, DINAS,
                "a", NOW)).isInstanceOf(RuleViolationException.class).hasMessageContaining("broadcast");

        String inner = lan.prefixes().get(1).id();
        lan.removePrefix(inner, DINAS, "a", NOW);
        assertThat(lan.addresses().get(0).prefixCidr()).as("falls back to the enclosing prefix")
                .isEqualTo("10.20.0.0/16");
        String outer = lan.prefixes().get(0).id();
        assertThatThrownBy(() -> lan.removePrefix(outer, DINAS, "a", NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("10.20.1.5");
    }

    @Test
    void badCidrsAreRefusedNamingTheField() {
        for (String bad : List.of("10.20.1.0", "10.20.1.0/33", "10.20.1.300/24", "bukan-ip", "10.20.1.7/24", "*",
                "", "::g/64")) {
            assertThatThrownBy(() -> IpPlan.prefix("cidr", bad)).as(bad).isInstanceOf(InvalidRequestException.class)
                    .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("cidr");
        }
        assertThatThrownBy(() -> IpPlan.prefix("cidr", "10.20.1.7/24")).hasMessageContaining("10.20.1.0/24");
        assertThatThrownBy(() -> IpPlan.address("address", "10.0.0.0/8")).isInstanceOf(InvalidRequestException.class);
        assertThat(IpPlan.prefix("cidr", "2001:DB8::/32").toCanonicalString()).isEqualTo("2001:db8::/32");
    }

    @Test
    void everyChangeRaisesLanChangedWithTheInventorysSize_SEC1() {
        lan.addDevice(device("fw-1", DeviceKind.FIREWALL), DINAS, "a", NOW);
        lan.addDevice(device("sw-1", DeviceKind.SWITCH), DINAS, "a", NOW);
        lan.acknowledgeByod("Perbup 12/2025", LanSteward.OPD, "op", NOW);
        assertThat(lan.raisedEvents()).hasSize(3).allMatch(e -> e instanceof LanEvents.LanChanged);
        LanEvents.LanChanged last = (LanEvents.LanChanged) lan.raisedEvents().get(2);
        assertThat(last.change()).isEqualTo(LanChange.BYOD_ACKNOWLEDGED);
        assertThat(last.devices()).isEqualTo(2);
        assertThat(last.securityDevices()).isEqualTo(1);
        assertThat(lan.byod().acknowledgedBy()).isEqualTo("op");
    }
}
