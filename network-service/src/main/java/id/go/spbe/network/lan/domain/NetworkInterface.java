package id.go.spbe.network.lan.domain;

import java.util.List;

/**
 * A port of a device. {@code untaggedVlan} is the access VLAN (VID) and {@code taggedVlans} the VLANs a trunk
 * carries; both must be VLANs of the same LAN.
 */
public record NetworkInterface(String name, String description, Integer untaggedVlan, List<Integer> taggedVlans) {

    public NetworkInterface {
        taggedVlans = taggedVlans == null ? List.of() : List.copyOf(taggedVlans);
    }

    /** Whether this interface uses VLAN {@code vid} at all. */
    public boolean uses(int vid) {
        return (untaggedVlan != null && untaggedVlan == vid) || taggedVlans.contains(vid);
    }
}
