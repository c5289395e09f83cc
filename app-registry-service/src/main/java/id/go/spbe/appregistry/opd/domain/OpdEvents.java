package id.go.spbe.appregistry.opd.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.UUID;

/**
 * Events of the OPD directory, published on {@code spbe.app-registry.opd.v1} keyed by OPD code. Every event carries
 * the OPD's full public state so consumers can keep a read model from any single event. Schemas:
 * {@code resources/events/opd-*.schema.json}.
 */
public final class OpdEvents {

    public static final String TOPIC = "spbe.app-registry.opd.v1";

    private OpdEvents() {
    }

    /** An OPD event is keyed by, and concerns, the OPD's own code. */
    public interface OpdEvent extends DomainEvent {

        String code();

        @Override
        default String aggregateId() {
            return code();
        }

        @Override
        default String opdCode() {
            return code();
        }
    }

    @EventType(value = "id.go.spbe.opd.registered.v1", topic = TOPIC)
    public record OpdRegistered(UUID eventId, Instant occurredAt, String code, String name, OpdKind kind,
            boolean dinas, boolean mandiriTik, boolean active) implements OpdEvent {
    }

    @EventType(value = "id.go.spbe.opd.updated.v1", topic = TOPIC)
    public record OpdUpdated(UUID eventId, Instant occurredAt, String code, String name, OpdKind kind,
            boolean dinas, boolean mandiriTik, boolean active) implements OpdEvent {
    }
}
