package id.go.spbe.network.lan.domain;

import java.time.Instant;

/** An IP prefix (CIDR, canonical form) used in an OPD's LAN, optionally on a VLAN. */
public record Prefix(String id, String cidr, Integer vlan, String description, Instant addedAt) {
}
