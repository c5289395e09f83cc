package id.go.spbe.appregistry.integration.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.UUID;

/**
 * Events of the integration register (A13), published on {@code spbe.app-registry.integration.v1} keyed by the
 * integration id. The CloudEvent {@code opd} is the provider's owner; both owners are in the data. Schemas:
 * {@code resources/events/integration-*.v1.schema.json}.
 */
public final class IntegrationEvents {

    public static final String TOPIC = "spbe.app-registry.integration.v1";

    private IntegrationEvents() {
    }

    /** An integration event is keyed by the integration and filed under the provider's OPD. */
    public interface IntegrationEvent extends DomainEvent {

        String integrationId();

        String providerOpd();

        @Override
        default String aggregateId() {
            return integrationId();
        }

        @Override
        default String opdCode() {
            return providerOpd();
        }
    }

    @EventType(value = "id.go.spbe.integration.recorded.v1", topic = TOPIC)
    public record IntegrationRecorded(UUID eventId, Instant occurredAt, String integrationId,
            String providerApplicationId, String providerOpd, String consumerApplicationId, String consumerOpd,
            IntegrationKind kind, String purpose, String dataExchanged, Instant recordedAt)
            implements IntegrationEvent {
    }

    /** One OPD proposed a relation with another OPD's application; it waits for {@code awaitingOpd} or Dinas. */
    @EventType(value = "id.go.spbe.integration.proposed.v1", topic = TOPIC)
    public record IntegrationProposed(UUID eventId, Instant occurredAt, String integrationId,
            String providerApplicationId, String providerOpd, String consumerApplicationId, String consumerOpd,
            IntegrationKind kind, String purpose, String dataExchanged, String proposedByOpd, String awaitingOpd,
            Instant proposedAt) implements IntegrationEvent {
    }

    /** A proposed relation was accepted and is ACTIVE from now on; carries the whole relation like Recorded. */
    @EventType(value = "id.go.spbe.integration.accepted.v1", topic = TOPIC)
    public record IntegrationAccepted(UUID eventId, Instant occurredAt, String integrationId,
            String providerApplicationId, String providerOpd, String consumerApplicationId, String consumerOpd,
            IntegrationKind kind, String purpose, String dataExchanged, String proposedByOpd, String awaitingOpd,
            boolean byDinas, Instant acceptedAt) implements IntegrationEvent {
    }

    /** A proposed relation was declined; it never became active. */
    @EventType(value = "id.go.spbe.integration.declined.v1", topic = TOPIC)
    public record IntegrationDeclined(UUID eventId, Instant occurredAt, String integrationId,
            String providerApplicationId, String providerOpd, String consumerApplicationId, String consumerOpd,
            IntegrationKind kind, String proposedByOpd, String awaitingOpd, boolean byDinas, String reason,
            Instant declinedAt) implements IntegrationEvent {
    }

    @EventType(value = "id.go.spbe.integration.ended.v1", topic = TOPIC)
    public record IntegrationEnded(UUID eventId, Instant occurredAt, String integrationId,
            String providerApplicationId, String providerOpd, String consumerApplicationId, String consumerOpd,
            IntegrationKind kind, String reason, Instant endedAt) implements IntegrationEvent {
    }
}
