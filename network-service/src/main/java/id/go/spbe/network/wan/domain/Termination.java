package id.go.spbe.network.wan.domain;

/**
 * One end of a WAN circuit: a site, and — down to the OPD's router (N2) — the router device and its port in that
 * OPD's LAN inventory. {@code opdCode} is the site's OPD, copied for scoping and queries.
 */
public record Termination(String siteId, String opdCode, String deviceId, String interfaceName) {

    public boolean sameSite(Termination other) {
        return siteId.equals(other.siteId);
    }

    public boolean samePort(Termination other) {
        return deviceId != null && deviceId.equals(other.deviceId) && interfaceName != null
                && interfaceName.equals(other.interfaceName);
    }
}
