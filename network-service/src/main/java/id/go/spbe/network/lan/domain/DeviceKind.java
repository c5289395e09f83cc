package id.go.spbe.network.lan.domain;

/**
 * What a LAN device is (N3). {@link #SPECIAL} are the OPD's own special-purpose devices — sensors, RFID readers and
 * the like — which the OPD runs itself whoever manages the rest of its LAN (N4, BT p20(6)(d)).
 */
public enum DeviceKind {
    ROUTER, FIREWALL, SWITCH, ACCESS_POINT, SERVER, SPECIAL;

    /** Firewalls are security devices by definition (N9); other kinds say so with a flag. */
    public boolean alwaysSecurity() {
        return this == FIREWALL;
    }
}
