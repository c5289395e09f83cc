package id.go.spbe.network.lan.domain;

import java.time.LocalDate;
import java.util.List;

/** What a caller says about a device when adding or replacing it; the LAN checks it against its other records. */
public record DeviceSpec(String name, DeviceKind kind, String siteId, String vendor, String model,
        String serialNumber, boolean security, boolean internetFacing, LocalDate hardwareEndOfLife,
        String softwareName, String softwareVersion, LocalDate softwareEndOfLife, List<NetworkInterface> interfaces) {

    public DeviceSpec {
        interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
    }
}
