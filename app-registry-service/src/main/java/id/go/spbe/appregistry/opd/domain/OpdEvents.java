package id.go.spbe.appregistry.opd.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events of the OPD directory, published on {@code spbe.app-registry.opd.v1} keyed by OPD code. Every event carries
 * the OPD's full public state so consumers can keep a read model from any single event; every service's OPD read
 * model reads {@code code, name, dinas, mandiriTik, active}, so those names never change. Schemas:
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
            boolean dinas, boolean mandiriTik, boolean active, String parentCode) implements OpdEvent {
    }

    /** The directory entry, its head or its Tier 1 contact changed; carries the full new state. */
    @EventType(value = "id.go.spbe.opd.updated.v1", topic = TOPIC)
    public record OpdUpdated(UUID eventId, Instant occurredAt, String code, String name, OpdKind kind,
            boolean dinas, boolean mandiriTik, boolean active, String parentCode, OpdHead head,
            Tier1Contact tier1Contact) implements OpdEvent {
    }

    /**
     * A Mandiri TIK decision was recorded (G3): {@code mandiriTik} is the OPD's status from now on, the other fields
     * are the decree. Published for revocations and refusals too ({@code designated = false}), because services
     * change behaviour on the status either way (D4 colocation, N3 LAN management).
     */
    @EventType(value = "id.go.spbe.opd.mandiri-tik-designated.v1", topic = TOPIC)
    public record OpdMandiriTikDesignated(UUID eventId, Instant occurredAt, String code, String name, OpdKind kind,
            boolean dinas, boolean mandiriTik, boolean active, String parentCode, int sequence, boolean designated,
            String decreeNumber, LocalDate decreeDate, String decidedBy, String assessmentReference,
            List<String> criteriaMet, String notes) implements OpdEvent {
    }
}
