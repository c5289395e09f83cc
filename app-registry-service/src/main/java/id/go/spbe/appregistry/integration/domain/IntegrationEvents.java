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

    @EventType(value = "id.go.spbe.integration.ended.v1", topic = TOPIC)
    public record IntegrationEnded(UUID eventId, Instant occurredAt, String integrationId,
            String providerApplicationId, String providerOpd, String consumerApplicationId, String consumerOpd,
            IntegrationKind kind, String reason, Instant endedAt) implements IntegrationEvent {
    }
}
