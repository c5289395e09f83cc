package id.go.spbe.network.topology;

import id.go.spbe.network.lan.domain.Device;
import id.go.spbe.network.lan.domain.DeviceKind;
import id.go.spbe.network.lan.domain.DeviceSpec;
import id.go.spbe.network.lan.domain.InterfaceRef;
import id.go.spbe.network.lan.domain.Lan;
import id.go.spbe.network.lan.domain.LanSteward;
import id.go.spbe.network.lan.domain.NetworkInterface;
import id.go.spbe.network.lan.domain.Vlan;
import id.go.spbe.network.topology.layout.Diagram;
import id.go.spbe.network.topology.layout.SvgRenderer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a LAN becomes a diagram: layers by role and switch tier, VLAN colours, escaping. */
class LanDiagramsTest {

    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    static Device add(Lan lan, String name, DeviceKind kind, List<NetworkInterface> ports) {
        return lan.addDevice(new DeviceSpec(name, kind, null, null, null, null, false, false, null, null, null, null,
                ports), LanSteward.DINAS, "t", NOW);
    }

    static List<NetworkInterface> ports(String prefix, int count, Integer vlan) {
        List<NetworkInterface> ports = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ports.add(new NetworkInterface(prefix + i, null, vlan, List.of()));
        }
        return ports;
    }

    static void cable(Lan lan, Device a, String ap, Device b, String bp) {
        lan.connect(new InterfaceRef(a.id(), ap), new InterfaceRef(b.id(), bp), null, null, LanSteward.DINAS, "t",
                NOW);
    }

    @Test
    void aFanOutSpreadsItsCablesAlongTheSwitchAndStaggersTheirPortLabels() {
        Lan lan = Lan.of("DINKES", NOW);
        Device sw = add(lan, "sw", DeviceKind.SWITCH, ports("p", 12, null));
        for (int i = 1; i <= 12; i++) {
            Device ap = add(lan, "ap-" + i, DeviceKind.ACCESS_POINT, ports("eth", 1, null));
            cable(lan, sw, "p" + i, ap, "eth1");
        }
        String svg = SvgRenderer.render(LanDiagrams.of(lan, "Dinkes", LanSteward.DINAS, List.of(), "hari ini"));

        java.util.regex.Matcher line = java.util.regex.Pattern.compile("<line class=\"link\"[^>]* x1=\"([0-9.]+)\"")
                .matcher(svg);
        java.util.Set<String> starts = new java.util.HashSet<>();
        while (line.find()) {
            starts.add(line.group(1));
        }
        assertThat(starts).as("12 cables leave the switch at 12 points").hasSize(12);
        java.util.regex.Matcher label = java.util.regex.Pattern.compile(
                "<text class=\"end-label\"[^>]* x=\"([0-9.]+)\" y=\"([0-9.]+)\">p\\d+</text>").matcher(svg);
        List<double[]> at = new ArrayList<>();
        while (label.find()) {
            at.add(new double[] {Double.parseDouble(label.group(1)), Double.parseDouble(label.group(2))});
        }
        assertThat(at).hasSize(12);
        for (int i = 0; i < at.size(); i++) {
            for (int j = i + 1; j < at.size(); j++) {
                boolean collide = Math.abs(at.get(i)[0] - at.get(j)[0]) < 24 && Math.abs(at.get(i)[1] - at.get(j)[1]) < 11;
                assertThat(collide).as("port labels %d and %d collide: %s %s", i, j, java.util.Arrays.toString(at.get(i)), java.util.Arrays.toString(at.get(j))).isFalse();
            }
        }
    }

    @Test
    void switchesAreTieredByTheirDistanceFromTheRouterAndEndDevicesGoBelowAll() throws Exception {
        Lan lan = Lan.of("DINKES", NOW);
        lan.addVlan(new Vlan(10, "Staf", null), LanSteward.DINAS, "t", NOW);
        Device router = add(lan, "rtr", DeviceKind.ROUTER, ports("ge", 2, null));
        Device core = add(lan, "core", DeviceKind.SWITCH, ports("p", 4, null));
        Device dist = add(lan, "dist", DeviceKind.SWITCH, ports("p", 4, null));
        Device access = add(lan, "akses", DeviceKind.SWITCH, ports("p", 4, 10));
        Device ap = add(lan, "ap <1> & \"x\"", DeviceKind.ACCESS_POINT, ports("eth", 1, 10));
        cable(lan, router, "ge1", core, "p1");
        cable(lan, core, "p2", dist, "p1");
        cable(lan, dist, "p2", access, "p1");
        cable(lan, access, "p2", ap, "eth1");

        Map<String, Device> byId = new HashMap<>();
        lan.devices().forEach(d -> byId.put(d.id(), d));
        Map<String, Integer> layers = LanDiagrams.layers(lan, byId);
        assertThat(layers.get(router.id())).isLessThan(layers.get(core.id()));
        assertThat(layers.get(core.id())).isLessThan(layers.get(dist.id()));
        assertThat(layers.get(dist.id())).isLessThan(layers.get(access.id()));
        assertThat(layers).doesNotContainKey(ap.id());

        Diagram diagram = LanDiagrams.of(lan, "Dinas Kesehatan", LanSteward.DINAS, List.of(), "30 November 2026");
        Diagram.Box apBox = diagram.boxes().stream().filter(b -> b.id().equals(ap.id())).findFirst().orElseThrow();
        assertThat(apBox.layer()).isGreaterThan(layers.get(access.id()));
        Diagram.Link toAp = diagram.links().stream().filter(l -> l.to().equals(ap.id())).findFirst().orElseThrow();
        assertThat(toAp.colour()).isEqualTo(Palette.vlanColour(0));

        String svg = SvgRenderer.render(diagram);
        assertThat(svg).contains("ap &lt;1&gt; &amp; &quot;x&quot;").doesNotContain("ap <1>");
        Path out = Path.of("target", "topology-sample.svg");
        Files.createDirectories(out.getParent());
        Files.writeString(out, svg);
    }
}
