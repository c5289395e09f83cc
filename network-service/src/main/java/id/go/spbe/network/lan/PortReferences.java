package id.go.spbe.network.lan;

import java.util.Optional;

/**
 * Records outside the LAN inventory that point at a device port, such as a WAN circuit ending at an OPD router (N2).
 * Features that hold such references implement this, so the inventory can refuse to drop a port or remove a device
 * still in use without depending on them.
 */
public interface PortReferences {

    /**
     * What still uses {@code interfaceName} of {@code deviceId} in the LAN of {@code opdCode} (any port of the device
     * when {@code interfaceName} is null), as a phrase for the problem detail; empty when nothing does.
     */
    Optional<String> referenceTo(String opdCode, String deviceId, String interfaceName);
}
