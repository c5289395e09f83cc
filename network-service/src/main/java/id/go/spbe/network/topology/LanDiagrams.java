package id.go.spbe.network.topology;

import id.go.spbe.network.lan.domain.Cable;
import id.go.spbe.network.lan.domain.Device;
import id.go.spbe.network.lan.domain.DeviceKind;
import id.go.spbe.network.lan.domain.InterfaceRef;
import id.go.spbe.network.lan.domain.IpAssignment;
import id.go.spbe.network.lan.domain.Lan;
import id.go.spbe.network.lan.domain.LanSteward;
import id.go.spbe.network.lan.domain.NetworkInterface;
import id.go.spbe.network.lan.domain.Vlan;
import id.go.spbe.network.topology.layout.Diagram;
import id.go.spbe.network.topology.layout.Diagram.Box;
import id.go.spbe.network.topology.layout.Diagram.LegendEntry;
import id.go.spbe.network.topology.layout.Diagram.Link;
import id.go.spbe.network.wan.domain.Termination;
import id.go.spbe.network.wan.domain.WanLink;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one OPD's LAN inventory into a diagram: upstream WAN circuits on top, then routers, firewalls, switches
 * (core above access: a switch's layer grows with its distance, over switch-to-switch cables, from the switches
 * cabled to a router or firewall) and, at the bottom, access points, servers and special devices. Cables are
 * coloured by the VLAN their ports carry untagged, trunks (tagged VLANs) in dark grey, and labelled with the
 * interface names at both ends.
 */
final class LanDiagrams {

    private static final int UPSTREAM = 0;
    private static final int ROUTER = 1;
    private static final int FIREWALL = 2;
    private static final int SWITCH = 3;
    private static final int MAX_SWITCH_TIERS = 4;

    private LanDiagrams() {
    }

    static Diagram of(Lan lan, String opdName, LanSteward steward, List<WanLink> wanLinks, String date) {
        Map<String, Device> devices = new HashMap<>();
        lan.devices().forEach(d -> devices.put(d.id(), d));
        Map<String, Integer> layer = layers(lan, devices);
        int bottom = layer.values().stream().filter(l -> l >= SWITCH).max(Integer::compare).orElse(SWITCH) + 1;

        List<Box> boxes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Set<DeviceKind> kinds = EnumSet.noneOf(DeviceKind.class);
        List<Device> sorted = new ArrayList<>(lan.devices());
        sorted.sort(Comparator.comparing((Device d) -> d.kind()).thenComparing(d -> d.name().toLowerCase()));
        for (Device device : sorted) {
            kinds.add(device.kind());
            int at = layer.getOrDefault(device.id(), bottom);
            String detail = Palette.KIND_NAME.get(device.kind()) + firstAddress(lan, device.id()).map(a -> " · " + a)
                    .orElse("");
            boxes.add(new Box(device.id(), at, device.name(), detail, device.kind().name(),
                    Palette.KIND_FILL.get(device.kind()), device.security() ? "#B00020" : "#555555"));
        }

        Map<Integer, Integer> vlanPosition = new HashMap<>();
        List<Vlan> vlans = new ArrayList<>(lan.vlans());
        vlans.sort(Comparator.comparingInt(Vlan::vid));
        for (int i = 0; i < vlans.size(); i++) {
            vlanPosition.put(vlans.get(i).vid(), i);
        }
        boolean trunks = false;
        boolean untagged = false;
        for (Cable cable : lan.cables()) {
            Optional<NetworkInterface> a = port(devices, cable.a());
            Optional<NetworkInterface> b = port(devices, cable.b());
            boolean trunk = a.map(p -> !p.taggedVlans().isEmpty()).orElse(false)
                    || b.map(p -> !p.taggedVlans().isEmpty()).orElse(false);
            Integer vid = a.map(NetworkInterface::untaggedVlan).orElse(null);
            Integer other = b.map(NetworkInterface::untaggedVlan).orElse(null);
            if (vid == null) {
                vid = other;
            } else if (other != null && !other.equals(vid)) {
                vid = null;
            }
            String colour;
            if (trunk) {
                colour = Palette.TRUNK;
                trunks = true;
            } else if (vid != null && vlanPosition.containsKey(vid)) {
                colour = Palette.vlanColour(vlanPosition.get(vid));
            } else {
                colour = Palette.UNTAGGED;
                untagged = true;
            }
            links.add(new Link(cable.id(), cable.a().deviceId(), cable.b().deviceId(), cable.a().interfaceName(),
                    cable.b().interfaceName(), cable.label(), colour, false, trunk ? 3 : 2));
        }

        boolean upstream = false;
        for (WanLink wan : wanLinks) {
            for (Termination end : List.of(wan.aEnd(), wan.bEnd())) {
                if (end.opdCode().equals(lan.opdCode()) && end.deviceId() != null
                        && devices.containsKey(end.deviceId())) {
                    String id = "wan-" + wan.id() + "-" + end.deviceId();
                    boxes.add(new Box(id, UPSTREAM, "WAN " + wan.provider(), wan.circuitId() + " · "
                            + wan.bandwidthDownMbps() + " Mbps", "UPSTREAM", "#EDE7F6", Palette.UPSTREAM));
                    links.add(new Link(id + "-link", id, end.deviceId(), null, end.interfaceName(),
                            Palette.MEDIUM_NAME.get(wan.medium()), Palette.UPSTREAM, true, 2));
                    upstream = true;
                }
            }
        }

        List<LegendEntry> legend = new ArrayList<>();
        for (DeviceKind kind : kinds) {
            legend.add(new LegendEntry(Palette.KIND_NAME.get(kind), Palette.KIND_FILL.get(kind), false, false));
        }
        if (lan.devices().stream().anyMatch(Device::security)) {
            legend.add(new LegendEntry("Bingkai merah: perangkat keamanan", "#B00020", false, false));
        }
        for (Vlan vlan : vlans) {
            legend.add(new LegendEntry("VLAN " + vlan.vid() + " — " + vlan.name(),
                    Palette.vlanColour(vlanPosition.get(vlan.vid())), true, false));
        }
        if (trunks) {
            legend.add(new LegendEntry("Trunk (VLAN bertag)", Palette.TRUNK, true, false));
        }
        if (untagged) {
            legend.add(new LegendEntry("Kabel tanpa VLAN tercatat", Palette.UNTAGGED, true, false));
        }
        if (upstream) {
            legend.add(new LegendEntry("Sirkuit WAN ke hulu", Palette.UPSTREAM, true, true));
        }
        String subtitle = "Digambar otomatis dari inventaris · " + date + " · revisi " + lan.revision()
                + " · dikelola " + (steward == LanSteward.OPD ? "OPD (Mandiri TIK)" : "Dinas")
                + " · " + lan.devices().size() + " perangkat, " + lan.cables().size() + " kabel";
        return new Diagram("Topologi LAN " + opdName + " (" + lan.opdCode() + ")", subtitle, boxes, links, legend);
    }

    /** Layer per device id; devices not placed here go to the bottom layer. */
    static Map<String, Integer> layers(Lan lan, Map<String, Device> devices) {
        Map<String, Integer> layer = new HashMap<>();
        Map<String, Set<String>> switchNeighbours = new HashMap<>();
        Set<String> core = new LinkedHashSet<>();
        for (Device d : lan.devices()) {
            if (d.kind() == DeviceKind.ROUTER) {
                layer.put(d.id(), ROUTER);
            } else if (d.kind() == DeviceKind.FIREWALL) {
                layer.put(d.id(), FIREWALL);
            }
        }
        for (Cable cable : lan.cables()) {
            Device a = devices.get(cable.a().deviceId());
            Device b = devices.get(cable.b().deviceId());
            if (a == null || b == null) {
                continue;
            }
            if (a.kind() == DeviceKind.SWITCH && b.kind() == DeviceKind.SWITCH) {
                switchNeighbours.computeIfAbsent(a.id(), k -> new LinkedHashSet<>()).add(b.id());
                switchNeighbours.computeIfAbsent(b.id(), k -> new LinkedHashSet<>()).add(a.id());
            }
            if (a.kind() == DeviceKind.SWITCH && upper(b.kind())) {
                core.add(a.id());
            }
            if (b.kind() == DeviceKind.SWITCH && upper(a.kind())) {
                core.add(b.id());
            }
        }
        Deque<String> queue = new ArrayDeque<>();
        Map<String, Integer> depth = new HashMap<>();
        for (String id : core) {
            depth.put(id, 0);
            queue.add(id);
        }
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (String next : switchNeighbours.getOrDefault(id, Set.of())) {
                if (!depth.containsKey(next)) {
                    depth.put(next, depth.get(id) + 1);
                    queue.add(next);
                }
            }
        }
        for (Device d : lan.devices()) {
            if (d.kind() == DeviceKind.SWITCH) {
                layer.put(d.id(), SWITCH + Math.min(depth.getOrDefault(d.id(), 0), MAX_SWITCH_TIERS - 1));
            }
        }
        return layer;
    }

    private static boolean upper(DeviceKind kind) {
        return kind == DeviceKind.ROUTER || kind == DeviceKind.FIREWALL;
    }

    private static Optional<NetworkInterface> port(Map<String, Device> devices, InterfaceRef ref) {
        return Optional.ofNullable(devices.get(ref.deviceId())).flatMap(d -> d.port(ref.interfaceName()));
    }

    private static Optional<String> firstAddress(Lan lan, String deviceId) {
        return lan.addresses().stream().filter(a -> a.assignedTo() != null
                && a.assignedTo().deviceId().equals(deviceId)).map(IpAssignment::address).findFirst();
    }
}
