package id.go.spbe.datacenter.osimage.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events of the OS image catalogue (D4), on {@value #TOPIC} keyed by image code. */
public final class OsImageEvents {

    public static final String TOPIC = "spbe.datacenter.os-image.v1";

    private OsImageEvents() {
    }

    /** Identity shared by the catalogue's events; the catalogue belongs to no OPD (Dinas keeps it). */
    public interface OsImageEvent extends DomainEvent {

        String code();

        @Override
        default String aggregateId() {
            return code();
        }

        @Override
        default String opdCode() {
            return null;
        }
    }

    @EventType(value = "id.go.spbe.os-image.added.v1", topic = TOPIC)
    public record OsImageAdded(UUID eventId, Instant occurredAt, String code, String name, String version,
            String family, LocalDate endOfSupport, String addedBy) implements OsImageEvent {

        @Override
        public String actor() {
            return addedBy;
        }
    }

    /** The description changed; {@code changedFields} names what. */
    @EventType(value = "id.go.spbe.os-image.updated.v1", topic = TOPIC)
    public record OsImageUpdated(UUID eventId, Instant occurredAt, String code, List<String> changedFields,
            String name, String version, String family, LocalDate endOfSupport, String updatedBy)
            implements OsImageEvent {

        @Override
        public String actor() {
            return updatedBy;
        }
    }

    /** No new VPS from this image; VPS already running on it are not touched. */
    @EventType(value = "id.go.spbe.os-image.retired.v1", topic = TOPIC)
    public record OsImageRetired(UUID eventId, Instant occurredAt, String code, String reason, String retiredBy)
            implements OsImageEvent {

        @Override
        public String actor() {
            return retiredBy;
        }
    }
}
