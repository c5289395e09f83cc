package id.go.spbe.network.lan.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.UUID;

/**
 * Events of the LAN inventories (N3, N4, N9), on {@code spbe.network.lan.v1} keyed by OPD code. Schema:
 * {@code resources/events/lan-changed.v1.schema.json}.
 */
public final class LanEvents {

    public static final String TOPIC = "spbe.network.lan.v1";

    private LanEvents() {
    }

    /**
     * One change to an OPD's LAN inventory: what changed ({@code change}, {@code subjectId}, {@code summary}), who
     * runs the LAN, and the inventory's size after it, so consumers (monev evidence, audit scope, later change
     * reports N7) need not read the inventory back.
     */
    @EventType(value = "id.go.spbe.lan.changed.v1", topic = TOPIC)
    public record LanChanged(UUID eventId, Instant occurredAt, String opdCode, LanChange change, String subjectId,
            String summary, LanSteward steward, int devices, int cables, int securityDevices, int prefixes,
            long inventoryVersion) implements DomainEvent {

        @Override
        public String aggregateId() {
            return opdCode;
        }
    }
}
