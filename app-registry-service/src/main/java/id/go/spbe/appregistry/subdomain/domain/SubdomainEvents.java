package id.go.spbe.appregistry.subdomain.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.UUID;

/**
 * Events of the subdomain register (A10), published on {@code spbe.app-registry.subdomain.v1} keyed by the full
 * name. {@code generation} counts allocations of the same name, so a consumer can tell a re-allocation from a late
 * repeat of the previous one. Schemas: {@code resources/events/subdomain-*.v1.schema.json}.
 */
public final class SubdomainEvents {

    public static final String TOPIC = "spbe.app-registry.subdomain.v1";

    private SubdomainEvents() {
    }

    /** A subdomain event is keyed by the full name and concerns the OPD responsible for it. */
    public interface SubdomainEvent extends DomainEvent {

        String fqdn();

        String ownerOpd();

        @Override
        default String aggregateId() {
            return fqdn();
        }

        @Override
        default String opdCode() {
            return ownerOpd();
        }
    }

    /** An OPD asked Dinas for a name; the name is held until Dinas decides. */
    @EventType(value = "id.go.spbe.subdomain.requested.v1", topic = TOPIC)
    public record SubdomainRequested(UUID eventId, Instant occurredAt, String fqdn, String label, int generation,
            SubdomainPurpose purpose, String applicationId, String ownerOpd, Instant requestedAt)
            implements SubdomainEvent {
    }

    /** Dinas allocated the name: DNS may now point it at the service. */
    @EventType(value = "id.go.spbe.subdomain.allocated.v1", topic = TOPIC)
    public record SubdomainAllocated(UUID eventId, Instant occurredAt, String fqdn, String label, int generation,
            SubdomainPurpose purpose, String applicationId, String ownerOpd, Instant allocatedAt)
            implements SubdomainEvent {
    }

    /** Dinas refused a request; the name is free again. */
    @EventType(value = "id.go.spbe.subdomain.refused.v1", topic = TOPIC)
    public record SubdomainRefused(UUID eventId, Instant occurredAt, String fqdn, String label, int generation,
            String applicationId, String ownerOpd, String reason, Instant refusedAt) implements SubdomainEvent {
    }

    /** The allocation ended: DNS records for the name should be removed; the name may be allocated again. */
    @EventType(value = "id.go.spbe.subdomain.released.v1", topic = TOPIC)
    public record SubdomainReleased(UUID eventId, Instant occurredAt, String fqdn, String label, int generation,
            String applicationId, String ownerOpd, String reason, Instant releasedAt) implements SubdomainEvent {
    }
}
