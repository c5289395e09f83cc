package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The demo network is loaded through the real API, which refuses an inconsistent inventory (N3): these checks keep
 * the step's data within the service's rules, so the demo does not fail item by item at start-up.
 */
class NetworkStepTest {

    private static final List<NetworkStep.Lan> LANS = List.of(NetworkStep.DINKES, NetworkStep.DISDIK);

    private static List<NetworkStep.Device> devicesOf(NetworkStep.Lan lan) {
        List<NetworkStep.Device> all = new ArrayList<>(lan.devices());
        if (lan == NetworkStep.DINKES) {
            all.add(NetworkStep.SENSOR);
            all.add(NetworkStep.NEW_AP);
        }
        return all;
    }

    private static List<NetworkStep.Cable> cablesOf(NetworkStep.Lan lan) {
        List<NetworkStep.Cable> all = new ArrayList<>(lan.cables());
        if (lan == NetworkStep.DINKES) {
            all.add(NetworkStep.NEW_AP_CABLE);
        }
        return all;
    }

    @Test
    void cablesJoinExistingInterfacesAndNoInterfaceHasTwoCablesOrAlsoEndsACircuit_N3() {
        for (NetworkStep.Lan lan : LANS) {
            Set<String> ports = new HashSet<>();
            devicesOf(lan).forEach(d -> d.ports().forEach(p -> ports.add(d.name() + "/" + p.name())));
            Set<String> used = new HashSet<>();
            for (NetworkStep.Cable c : cablesOf(lan)) {
                for (String end : List.of(c.aDevice() + "/" + c.aPort(), c.bDevice() + "/" + c.bPort())) {
                    assertThat(ports).as(lan.opd() + " cable end").contains(end);
                    assertThat(used.add(end)).as(lan.opd() + " second cable on " + end).isTrue();
                }
            }
            NetworkStep.WAN_LINKS.stream().filter(w -> w.bOpd().equals(lan.opd())).forEach(w -> {
                assertThat(ports).contains(w.bRouter() + "/" + w.bPort());
                assertThat(used).as("a circuit's router port is not cabled inside the LAN").doesNotContain(
                        w.bRouter() + "/" + w.bPort());
                assertThat(devicesOf(lan)).filteredOn(d -> d.name().equals(w.bRouter()))
                        .extracting(NetworkStep.Device::kind).containsExactly("ROUTER");
            });
        }
    }

    @Test
    void interfacesAndPrefixesUseOnlyTheVlansOfTheirLan_N3() {
        for (NetworkStep.Lan lan : LANS) {
            Set<Integer> vids = new HashSet<>();
            lan.vlans().forEach(v -> vids.add(v.vid()));
            devicesOf(lan).forEach(d -> d.ports().forEach(p -> {
                if (p.untaggedVlan() != null) {
                    assertThat(vids).contains(p.untaggedVlan());
                }
                assertThat(vids).containsAll(p.taggedVlans());
            }));
            lan.prefixes().stream().filter(p -> p.vlan() != null).forEach(p -> assertThat(vids).contains(p.vlan()));
        }
    }

    @Test
    void addressesLieInsideAPrefixOfTheirLanOnARealInterface_andNoPrefixOverlapsAnotherOpd_N3() {
        for (NetworkStep.Lan lan : LANS) {
            List<NetworkStep.Address> addresses = new ArrayList<>(lan.addresses());
            if (lan == NetworkStep.DINKES) {
                addresses.add(NetworkStep.SENSOR_ADDRESS);
            }
            for (NetworkStep.Address a : addresses) {
                assertThat(lan.prefixes()).as(a.address()).anyMatch(p -> contains(p.cidr(), a.address()));
                assertThat(devicesOf(lan)).anyMatch(d -> d.name().equals(a.device())
                        && d.ports().stream().anyMatch(p -> p.name().equals(a.port())));
            }
        }
        for (NetworkStep.Prefix a : NetworkStep.DINKES.prefixes()) {
            for (NetworkStep.Prefix b : NetworkStep.DISDIK.prefixes()) {
                assertThat(contains(a.cidr(), first(b.cidr())) || contains(b.cidr(), first(a.cidr())))
                        .as(a.cidr() + " vs " + b.cidr()).isFalse();
            }
        }
    }

    @Test
    void aFirewallIsSentAsASecurityDeviceAndOptionalFieldsAreLeftOut_N9() {
        NetworkStep.Device firewall = NetworkStep.DINKES.devices().stream().filter(d -> d.kind().equals("FIREWALL"))
                .findFirst().orElseThrow();
        Map<String, Object> body = NetworkStep.deviceBody(firewall);
        assertThat(body).containsEntry("security", true).containsEntry("internetFacing", true);
        Map<String, Object> switchBody = NetworkStep.deviceBody(NetworkStep.DISDIK.devices().get(1));
        assertThat(switchBody).containsEntry("security", false).doesNotContainKey("softwareName");
        assertThat(Json.write(body)).contains("\"taggedVlans\":[10,20,30,99]");
    }

    @Test
    void theCampaignIsDueAfterTodayAndWithinOrAfterItsYear_N6() {
        for (LocalDate today : List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31))) {
            LocalDate due = NetworkStep.campaignDueDate(today);
            assertThat(due).isAfter(today);
            assertThat(due.getYear()).isGreaterThanOrEqualTo(today.getYear());
        }
    }

    @Test
    void theUploadedDiagramIsARealPng() {
        byte[] png = NetworkStep.diagramPng();
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(png.length).isBetween(100, 20 * 1024 * 1024);
    }

    @Test
    void diskominfoSiteInterconnectsWithTheProvincialAndCentralNetworks_N1() {
        assertThat(NetworkStep.SITES.stream().map(NetworkStep.Site::opd))
                .containsExactly("DISKOMINFO", "DINKES", "DISDIK");
        assertThat(NetworkStep.SITES.get(0).uplinks()).extracting(NetworkStep.Uplink::network)
                .containsExactly("PROVINCIAL", "NATIONAL");
    }

    private static boolean contains(String cidr, String address) {
        try {
            String[] parts = cidr.split("/");
            int bits = Integer.parseInt(parts[1]);
            BigInteger net = new BigInteger(1, InetAddress.getByName(parts[0]).getAddress());
            BigInteger ip = new BigInteger(1, InetAddress.getByName(address).getAddress());
            return net.shiftRight(32 - bits).equals(ip.shiftRight(32 - bits));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String first(String cidr) {
        return cidr.split("/")[0];
    }
}
