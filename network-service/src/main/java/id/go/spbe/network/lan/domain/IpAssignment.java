package id.go.spbe.network.lan.domain;

import java.time.Instant;

/**
 * One IP address in use in an OPD's LAN (canonical, without prefix length), inside one of the LAN's prefixes
 * ({@code prefixCidr}: the most specific), optionally on a device interface.
 */
public record IpAssignment(String id, String address, String prefixCidr, InterfaceRef assignedTo, String description,
        Instant addedAt) {
}
