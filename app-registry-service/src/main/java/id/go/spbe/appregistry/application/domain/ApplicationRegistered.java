package id.go.spbe.appregistry.application.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application entered the register (A1). Audit-service derives the application's audit due dates from it (AU5,
 * AU6). {@code registeredBy} is the person who registered it, also when an import job did the work for them; it is the
 * event's actor in the change history (SEC1). Schema: {@code resources/events/application-registered.v1.schema.json}.
 */
@EventType(value = "id.go.spbe.application.registered.v1", topic = ApplicationRegistered.TOPIC)
public record ApplicationRegistered(UUID eventId, Instant occurredAt, String applicationId, String name,
        String ownerOpd, ApplicationClass applicationClass, List<String> userOpds, ApplicationStatus status,
        Instant registeredAt, String registeredBy) implements DomainEvent {

    public static final String TOPIC = "spbe.app-registry.application.v1";

    @Override
    public String aggregateId() {
        return applicationId;
    }

    @Override
    public String opdCode() {
        return ownerOpd;
    }

    @Override
    public String actor() {
        return registeredBy;
    }
}
