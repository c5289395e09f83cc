package id.go.spbe.datacenter.vps.domain;

import java.time.Instant;

/** The machine as provisioned: its host name and address, and the credential hand-over (D4). */
public record Provisioning(String hostname, String ipAddress, CredentialHandover handover, String provisionedBy,
        Instant provisionedAt) {
}
