package id.go.spbe.network.topology;

import id.go.spbe.network.lan.domain.DeviceKind;
import id.go.spbe.network.wan.domain.WanMedium;

import java.util.List;
import java.util.Map;

/**
 * Colours and Indonesian names of the diagrams. VLAN colours come from a fixed qualitative palette (Okabe–Ito plus
 * darker tones, distinguishable with common colour-vision deficiencies), by the VLAN's position in the LAN; every
 * colour is also named in the legend, so no meaning rests on colour alone.
 */
final class Palette {

    static final List<String> VLAN_COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00",
            "#56B4E9", "#8C6D1F", "#7B3294", "#1B7837", "#B2182B");
    static final String TRUNK = "#333333";
    static final String UNTAGGED = "#9E9E9E";
    static final String UPSTREAM = "#6A3D9A";

    static final Map<DeviceKind, String> KIND_FILL = Map.of(
            DeviceKind.ROUTER, "#CFE2F3",
            DeviceKind.FIREWALL, "#F4CCCC",
            DeviceKind.SWITCH, "#D9EAD3",
            DeviceKind.ACCESS_POINT, "#FFF2CC",
            DeviceKind.SERVER, "#EADCF8",
            DeviceKind.SPECIAL, "#FCE5CD");

    static final Map<DeviceKind, String> KIND_NAME = Map.of(
            DeviceKind.ROUTER, "Router",
            DeviceKind.FIREWALL, "Firewall",
            DeviceKind.SWITCH, "Switch",
            DeviceKind.ACCESS_POINT, "Access point",
            DeviceKind.SERVER, "Server",
            DeviceKind.SPECIAL, "Perangkat khusus");

    static final Map<WanMedium, String> MEDIUM_COLOUR = Map.of(
            WanMedium.FIBER, "#0072B2",
            WanMedium.RADIO, "#E69F00",
            WanMedium.VSAT, "#CC79A7",
            WanMedium.LEASED_LINE, "#009E73",
            WanMedium.METRO_ETHERNET, "#56B4E9",
            WanMedium.MPLS_VPN, "#D55E00",
            WanMedium.CELLULAR, "#8C6D1F",
            WanMedium.OTHER, "#666666");

    static final Map<WanMedium, String> MEDIUM_NAME = Map.of(
            WanMedium.FIBER, "Serat optik",
            WanMedium.RADIO, "Radio",
            WanMedium.VSAT, "VSAT",
            WanMedium.LEASED_LINE, "Sewa saluran (leased line)",
            WanMedium.METRO_ETHERNET, "Metro Ethernet",
            WanMedium.MPLS_VPN, "MPLS VPN",
            WanMedium.CELLULAR, "Seluler",
            WanMedium.OTHER, "Lainnya");

    private Palette() {
    }

    static String vlanColour(int position) {
        return VLAN_COLOURS.get(position % VLAN_COLOURS.size());
    }
}
