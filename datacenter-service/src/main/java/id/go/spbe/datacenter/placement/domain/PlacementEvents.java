package id.go.spbe.datacenter.placement.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.UUID;

/** Events of the placement register (D2), on {@value #TOPIC} keyed by declared system id. */
public final class PlacementEvents {

    public static final String TOPIC = "spbe.datacenter.placement.v1";

    private PlacementEvents() {
    }

    /**
     * An OPD declared a system it runs outside the data center; {@code obligation} is {@code D2} where the profile
     * makes placement in the data center mandatory (audit and monev see the finding), {@code null} elsewhere.
     */
    @EventType(value = "id.go.spbe.placement.declared.v1", topic = TOPIC)
    public record PlacementDeclared(UUID eventId, Instant occurredAt, String systemId, String opd, String name,
            String applicationId, String location, String locationDetail, String obligation, String declaredBy)
            implements DomainEvent {

        @Override
        public String aggregateId() {
            return systemId;
        }

        @Override
        public String opdCode() {
            return opd;
        }

        @Override
        public String actor() {
            return declaredBy;
        }
    }

    /** The system no longer runs outside (moved into the data center, or retired). */
    @EventType(value = "id.go.spbe.placement.withdrawn.v1", topic = TOPIC)
    public record PlacementWithdrawn(UUID eventId, Instant occurredAt, String systemId, String opd, String reason,
            String withdrawnBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return systemId;
        }

        @Override
        public String opdCode() {
            return opd;
        }

        @Override
        public String actor() {
            return withdrawnBy;
        }
    }
}
