package id.go.spbe.network.lan.domain;

/** What one change to a LAN's inventory did (carried by {@code LanChanged}, kept in its history). */
public enum LanChange {
    DEVICE_ADDED, DEVICE_UPDATED, DEVICE_REMOVED, CABLE_CONNECTED, CABLE_DISCONNECTED, VLAN_ADDED, VLAN_REMOVED,
    PREFIX_ADDED, PREFIX_REMOVED, ADDRESS_ASSIGNED, ADDRESS_RELEASED, BYOD_ACKNOWLEDGED
}
