package id.go.spbe.network.lan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One device of an OPD's LAN (N3), with its interfaces, security role (N9) and end-of-life dates. {@code security}
 * marks security hardware (firewall, IDS/IPS, WAF appliance…); {@code internetFacing} the devices exposed to the
 * internet, which RL p17(2)(b) cares about most.
 */
public record Device(String id, String name, DeviceKind kind, String siteId, String vendor, String model,
        String serialNumber, boolean security, boolean internetFacing, LocalDate hardwareEndOfLife,
        String softwareName, String softwareVersion, LocalDate softwareEndOfLife, List<NetworkInterface> interfaces,
        Instant addedAt, Instant updatedAt) {

    public Device {
        interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
    }

    public Optional<NetworkInterface> port(String interfaceName) {
        return interfaces.stream().filter(i -> i.name().equals(interfaceName)).findFirst();
    }
}
