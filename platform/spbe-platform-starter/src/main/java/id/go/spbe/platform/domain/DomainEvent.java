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

    /**
     * Who caused the change (username or client id), recorded in the change history (SEC1) and carried as the
     * CloudEvent extension {@code actor}. An event that knows its actor says so here, which is how background work
     * (an import running for the user who uploaded the file, a job) names the person responsible without acting
     * under a token. {@code null}: the authenticated caller of the current request, or {@code system} outside one.
     */
    default String actor() {
        return null;
    }
}
