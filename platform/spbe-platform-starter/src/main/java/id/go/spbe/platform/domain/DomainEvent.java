package id.go.spbe.platform.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An event an aggregate raises when its state changes. Implementations are records in the producing service, annotated
 * with {@link EventType}; their components become the CloudEvent {@code data}. The producer owns the schema.
 */
public interface DomainEvent {

    /** Unique id; consumers use it to ignore repeats. */
    UUID eventId();

    /** When the change happened (UTC). */
    Instant occurredAt();

    /** Id of the aggregate that changed; also the Kafka key, so one aggregate's events stay ordered. */
    String aggregateId();

    /** OPD the change concerns (carried as the CloudEvent extension {@code opd}); {@code null} if none. */
    String opdCode();
}
