package id.go.spbe.monev.framework.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.UUID;

/**
 * An evaluator loaded a new framework from a file (M1). Published on {@code spbe.monev.framework.v1}, keyed by the
 * framework id; schema {@code resources/events/framework-imported.v1.schema.json}.
 */
@EventType(value = "id.go.spbe.framework.imported.v1", topic = FrameworkImported.TOPIC)
public record FrameworkImported(UUID eventId, Instant occurredAt, String frameworkId, String name, String regulation,
        FrameworkStatus status, int domains, int aspects, int indicators, String importedBy) implements DomainEvent {

    public static final String TOPIC = "spbe.monev.framework.v1";

    @Override
    public String aggregateId() {
        return frameworkId;
    }

    @Override
    public String opdCode() {
        return null;
    }

    @Override
    public String actor() {
        return importedBy;
    }
}
