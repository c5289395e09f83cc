package id.go.spbe.platform.contract.events;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.UUID;

/** A published event for the catalogue's own tests. */
@EventType(value = "id.go.spbe.gadget.painted.v1", topic = "spbe.platform-test.gadget.v1")
public record GadgetPainted(UUID eventId, Instant occurredAt, String gadgetId, String colour) implements DomainEvent {

    @Override
    public String aggregateId() {
        return gadgetId;
    }

    @Override
    public String opdCode() {
        return null;
    }
}
