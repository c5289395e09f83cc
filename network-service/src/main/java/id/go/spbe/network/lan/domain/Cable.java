package id.go.spbe.network.lan.domain;

import java.time.Instant;

/** A cable (or wireless/virtual link) between two interfaces of the same LAN. */
public record Cable(String id, InterfaceRef a, InterfaceRef b, CableMedium medium, String label, Instant addedAt) {

    public boolean touches(InterfaceRef end) {
        return a.sameAs(end) || b.sameAs(end);
    }

    public boolean touchesDevice(String deviceId) {
        return a.deviceId().equals(deviceId) || b.deviceId().equals(deviceId);
    }
}
