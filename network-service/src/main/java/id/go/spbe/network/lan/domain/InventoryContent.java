package id.go.spbe.network.lan.domain;

import java.util.List;

/**
 * What an OPD's LAN inventory holds at one revision, without its bookkeeping: the part a change report (N7) and a
 * yearly snapshot (N6) compare.
 */
public record InventoryContent(List<Device> devices, List<Cable> cables, List<Vlan> vlans, List<Prefix> prefixes,
        List<IpAssignment> addresses) {

    /** The inventory before its first record (revision 0). */
    public static final InventoryContent EMPTY = new InventoryContent(List.of(), List.of(), List.of(), List.of(),
            List.of());

    public InventoryContent {
        devices = devices == null ? List.of() : List.copyOf(devices);
        cables = cables == null ? List.of() : List.copyOf(cables);
        vlans = vlans == null ? List.of() : List.copyOf(vlans);
        prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    public static InventoryContent of(Lan lan) {
        return new InventoryContent(lan.devices(), lan.cables(), lan.vlans(), lan.prefixes(), lan.addresses());
    }
}
