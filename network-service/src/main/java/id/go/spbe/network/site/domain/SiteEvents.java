package id.go.spbe.network.site.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Events of the site register (N1), on {@code spbe.network.site.v1} keyed by site id, carrying the site's full state.
 * Schemas: {@code resources/events/site-*.v1.schema.json}.
 */
public final class SiteEvents {

    public static final String TOPIC = "spbe.network.site.v1";

    private SiteEvents() {
    }

    /** Both events carry the site's whole state after the change (a past state is read back from the history). */
    public interface SiteEvent extends DomainEvent {

        String siteId();

        String name();

        List<Uplink> uplinks();

        @Override
        default String aggregateId() {
            return siteId();
        }
    }

    /** Dinas recorded a new site of an OPD on the intra-government network. */
    @EventType(value = "id.go.spbe.site.registered.v1", topic = TOPIC)
    public record SiteRegistered(UUID eventId, Instant occurredAt, String siteId, String opdCode, String name,
            String address, Double latitude, Double longitude, List<Uplink> uplinks) implements SiteEvent {
    }

    /** Dinas changed what is recorded about a site (name, address, coordinates, upstream interconnections). */
    @EventType(value = "id.go.spbe.site.updated.v1", topic = TOPIC)
    public record SiteUpdated(UUID eventId, Instant occurredAt, String siteId, String opdCode, String name,
            String address, Double latitude, Double longitude, List<Uplink> uplinks) implements SiteEvent {
    }
}
