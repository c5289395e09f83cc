package id.go.spbe.network.topology;

import id.go.spbe.network.lan.domain.CableMedium;
import id.go.spbe.network.lan.domain.Device;
import id.go.spbe.network.lan.domain.DeviceKind;
import id.go.spbe.network.lan.domain.DeviceSpec;
import id.go.spbe.network.lan.domain.InterfaceRef;
import id.go.spbe.network.lan.domain.IpPlan;
import id.go.spbe.network.lan.domain.Lan;
import id.go.spbe.network.lan.domain.LanSteward;
import id.go.spbe.network.lan.domain.NetworkInterface;
import id.go.spbe.network.lan.domain.Vlan;
import id.go.spbe.network.topology.layout.SvgRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load run (not part of the normal build; see BENCHMARKS.md): the diagram of a 500-device LAN drawn by the real
 * {@link LanDiagrams} + {@code LayeredLayout} + {@link SvgRenderer}, the same calls {@code TopologyDrawings} makes for
 * {@code GET /api/v1/topology/lans/{opd}}. Target (issue 11): at most 1 s per render.
 */
@Tag("benchmark")
class LanDiagramBenchmarkTest {

    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    static final int WARM_UP = Integer.getInteger("bench.warmup", 20);
    static final int RENDERS = Integer.getInteger("bench.renders", 30);

    @Test
    void aFiveHundredDeviceLanIsDrawnWithinOneSecond() throws Exception {
        Lan lan = BigLan.build();
        assertThat(lan.devices()).hasSize(500);

        String svg = "";
        for (int i = 0; i < WARM_UP; i++) {
            svg = render(lan);
        }
        long[] nanos = new long[RENDERS];
        for (int i = 0; i < RENDERS; i++) {
            long start = System.nanoTime();
            svg = render(lan);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = nanos[RENDERS / 2] / 1e6;
        double max = nanos[RENDERS - 1] / 1e6;
        double min = nanos[0] / 1e6;
        int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
        long boxes = svg.split("<g class=\"node\"", -1).length - 1L;

        String report = String.format(Locale.ROOT, "%n## LAN diagram, 500 devices, %d cables, %d VLANs, %d addresses"
                + "%n%n| what | result |%n|---|---|%n| render after %d warm-ups, %d measured "
                + "| min %.1f ms, median %.1f ms, max %.1f ms |%n| SVG size | %,d bytes (%.0f KiB) |%n",
                lan.cables().size(), lan.vlans().size(), lan.addresses().size(), WARM_UP, RENDERS, min, median, max, bytes,
                bytes / 1024.0);
        System.out.println(report);
        Files.writeString(Path.of("target/benchmark-results.md"), report, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        Files.writeString(Path.of("target/benchmark-lan-500.svg"), svg);

        assertThat(svg).contains("<svg").endsWith("</svg>\n");
        assertThat(median).as("median ms per render of 500 devices").isLessThanOrEqualTo(1000.0);
    }

    private static String render(Lan lan) {
        return SvgRenderer.render(LanDiagrams.of(lan, "Dinas Komunikasi dan Informatika", LanSteward.DINAS, List.of(),
                "30 November 2026"));
    }

    /**
     * A deterministic 500-device LAN of a large OPD: 2 routers and 2 firewalls (HA pairs), 2 core and 12
     * distribution switches (2-port LAGs to both cores, paired), 72 access switches (dual-homed with 2-port LAGs,
     * stacked in pairs), 60 servers (two data ports and an iLO port), 50 special devices (CCTV, RFID, sensors), 300
     * access points; 10 VLANs, trunks on the uplinks, one prefix per VLAN and management addresses on the
     * infrastructure and servers.
     */
    static final class BigLan {

        static final int[][] VLANS = {{10, 0}, {20, 1}, {30, 2}, {40, 3}, {50, 4}, {60, 5}, {70, 6}, {80, 7},
                {90, 8}, {99, 9}};
        static final String[] VLAN_NAMES = {"MGMT", "STAFF", "TAMU", "SERVER", "CCTV", "IOT", "VOIP", "WIFI-STAF",
                "WIFI-PUBLIK", "DMZ"};

        final Lan lan = Lan.of("DISKOMINFO", NOW);
        final Map<String, Integer> nextPort = new HashMap<>();
        int cables;

        static Lan build() {
            return new BigLan().fill();
        }

        private Lan fill() {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < VLANS.length; i++) {
                lan.addVlan(new Vlan(VLANS[i][0], VLAN_NAMES[i], null), LanSteward.DINAS, "bench", NOW);
                all.add(VLANS[i][0]);
                lan.addPrefix(IpPlan.prefix("cidr", "10.40." + (VLANS[i][0] * 2) + ".0/23"), VLANS[i][0], null,
                        List.of(), LanSteward.DINAS, "bench", NOW);
            }
            List<Device> routers = devices("rtr", DeviceKind.ROUTER, 2, 8, all, 0, true);
            List<Device> firewalls = devices("fw", DeviceKind.FIREWALL, 2, 8, all, 0, true);
            List<Device> cores = devices("core-sw", DeviceKind.SWITCH, 2, 48, all, 0, false);
            List<Device> dists = devices("dist-sw", DeviceKind.SWITCH, 12, 48, all, 0, false);
            List<Device> access = devices("acc-sw", DeviceKind.SWITCH, 72, 52, all, 6, false);
            List<Device> servers = devices("srv", DeviceKind.SERVER, 60, 3, null, 40, false);
            List<Device> special = devices("iot", DeviceKind.SPECIAL, 50, 1, null, 0, false);
            List<Device> aps = devices("ap", DeviceKind.ACCESS_POINT, 300, 1, List.of(80, 90, 10), 0, false);

            cable(routers.get(0), routers.get(1));
            cable(firewalls.get(0), firewalls.get(1));
            for (Device fw : firewalls) {
                routers.forEach(r -> cable(fw, r));
                cores.forEach(c -> cable(c, fw));
            }
            cable(cores.get(0), cores.get(1));
            cable(cores.get(0), cores.get(1));
            for (int i = 0; i < dists.size(); i++) {
                Device dist = dists.get(i);
                cores.forEach(c -> {
                    cable(c, dist);
                    cable(c, dist);
                });
                if (i % 2 == 1) {
                    cable(dists.get(i - 1), dist);
                    cable(dists.get(i - 1), dist);
                }
            }
            for (int i = 0; i < access.size(); i++) {
                Device sw = access.get(i);
                Device left = dists.get((2 * i) % dists.size());
                Device right = dists.get((2 * i + 1) % dists.size());
                for (Device dist : List.of(left, left, right, right)) {
                    cable(dist, sw);
                }
                if (i % 2 == 1) {
                    cable(access.get(i - 1), sw);
                    cable(access.get(i - 1), sw);
                }
            }
            for (int i = 0; i < servers.size(); i++) {
                Device srv = servers.get(i);
                cable(access.get(i % 8), srv);
                cable(access.get(8 + i % 8), srv);
                cable(access.get(16 + i % 4), srv);
            }
            for (int i = 0; i < special.size(); i++) {
                cable(access.get(20 + i % 20), special.get(i));
            }
            for (int i = 0; i < aps.size(); i++) {
                cable(access.get(40 + i % 32), aps.get(i));
            }
            int host = 10;
            for (Device d : lan.devices()) {
                if (d.kind() != DeviceKind.ACCESS_POINT && d.kind() != DeviceKind.SPECIAL) {
                    String port = d.interfaces().get(0).name();
                    lan.assignAddress(IpPlan.address("address", "10.40." + (20 + host / 250) + "." + (1 + host % 250)),
                            new InterfaceRef(d.id(), port), null, LanSteward.DINAS, "bench", NOW);
                    host++;
                }
            }
            return lan;
        }

        /** {@code count} devices; the last {@code uplinks} ports (all when 0) are trunks of {@code tagged}. */
        private List<Device> devices(String name, DeviceKind kind, int count, int ports, List<Integer> tagged,
                int uplinks, boolean security) {
            List<Device> made = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                List<NetworkInterface> interfaces = new ArrayList<>();
                for (int p = 1; p <= ports; p++) {
                    boolean trunk = tagged != null && (uplinks == 0 || p > ports - uplinks);
                    Integer untagged = trunk ? null : edgeVlan(kind, n, p);
                    interfaces.add(new NetworkInterface(portName(kind, p), null, untagged,
                            trunk ? tagged : List.of()));
                }
                Device device = lan.addDevice(new DeviceSpec(String.format(Locale.ROOT, "%s-%03d", name, n), kind,
                        null, "Vendor", "Model", null, security, kind == DeviceKind.ROUTER, null, null, null, null,
                        interfaces), LanSteward.DINAS, "bench", NOW);
                made.add(device);
            }
            return made;
        }

        private static Integer edgeVlan(DeviceKind kind, int n, int port) {
            return switch (kind) {
                case SERVER -> port == 3 ? 10 : 40;
                case SPECIAL -> n % 2 == 0 ? 50 : 60;
                case SWITCH -> VLANS[1 + (n + port) % 7][0];
                default -> 10;
            };
        }

        private static String portName(DeviceKind kind, int p) {
            return switch (kind) {
                case SERVER -> p == 3 ? "ilo" : "eno" + p;
                case ACCESS_POINT, SPECIAL -> "eth0";
                case ROUTER, FIREWALL -> "ge-0/0/" + (p - 1);
                default -> "Gi1/0/" + p;
            };
        }

        /** Cables the next free port of {@code upper} to the next free uplink (from the end) of {@code lower}. */
        private void cable(Device upper, Device lower) {
            String a = upper.interfaces().get(take(upper, false)).name();
            String b = lower.interfaces().get(take(lower, true)).name();
            lan.connect(new InterfaceRef(upper.id(), a), new InterfaceRef(lower.id(), b),
                    upper.kind() == DeviceKind.SWITCH && lower.kind() == DeviceKind.SWITCH ? CableMedium.FIBER
                            : CableMedium.COPPER, null, LanSteward.DINAS, "bench", NOW);
            cables++;
        }

        private int take(Device device, boolean uplink) {
            int size = device.interfaces().size();
            String key = device.id() + (uplink && device.kind() == DeviceKind.SWITCH ? "/up" : "/down");
            int used = nextPort.merge(key, 1, Integer::sum) - 1;
            int index = uplink && device.kind() == DeviceKind.SWITCH ? size - 1 - used : used;
            if (index < 0 || index >= size) {
                throw new IllegalStateException("out of ports on " + device.name());
            }
            return index;
        }
    }
}
