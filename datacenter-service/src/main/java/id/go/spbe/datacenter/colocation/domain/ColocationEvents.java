package id.go.spbe.datacenter.colocation.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.UUID;

/** Events of racks and their colocation reservations (D3, D4), on {@value #TOPIC} keyed by rack id. */
public final class ColocationEvents {

    public static final String TOPIC = "spbe.datacenter.rack.v1";

    private ColocationEvents() {
    }

    @EventType(value = "id.go.spbe.rack.registered.v1", topic = TOPIC)
    public record RackRegistered(UUID eventId, Instant occurredAt, String rackId, String dataCenter, String name,
            int heightU, double maxPowerKw, String registeredBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return rackId;
        }

        @Override
        public String opdCode() {
            return null;
        }

        @Override
        public String actor() {
            return registeredBy;
        }
    }

    @EventType(value = "id.go.spbe.colocation.reserved.v1", topic = TOPIC)
    public record ColocationReserved(UUID eventId, Instant occurredAt, String rackId, String dataCenter,
            String reservationId, String opd, int startU, int heightU, double powerKw, String purpose,
            String reservedBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return rackId;
        }

        @Override
        public String opdCode() {
            return opd;
        }

        @Override
        public String actor() {
            return reservedBy;
        }
    }

    @EventType(value = "id.go.spbe.colocation.released.v1", topic = TOPIC)
    public record ColocationReleased(UUID eventId, Instant occurredAt, String rackId, String dataCenter,
            String reservationId, String opd, int startU, int heightU, String reason, String releasedBy)
            implements DomainEvent {

        @Override
        public String aggregateId() {
            return rackId;
        }

        @Override
        public String opdCode() {
            return opd;
        }

        @Override
        public String actor() {
            return releasedBy;
        }
    }
}
