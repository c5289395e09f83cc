package id.go.spbe.platform.domain;

import org.springframework.data.annotation.PersistenceCreator;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be published. Written in the same document write as the state
 * change it reports, so neither can exist without the other. It also carries the event's link of the change history,
 * which the relay appends to the history collection before it removes the entry: the history is written from the
 * outbox, never as a second write next to the state.
 *
 * @param actor   who caused the change (see {@link DomainEvent#actor()})
 * @param history the change's hash-chained history entry; {@code null} in entries written before history moved out
 *                of the aggregate (their link is in the aggregate's embedded history)
 */
public record OutboxEntry(String eventId, String type, String topic, String key, String opd, Instant occurredAt,
        String traceparent, String data, String actor, HistoryEntry history) {

    @PersistenceCreator
    public OutboxEntry {
    }

    /** An entry without actor and history link (as written before both travelled with the event). */
    public OutboxEntry(String eventId, String type, String topic, String key, String opd, Instant occurredAt,
            String traceparent, String data) {
        this(eventId, type, topic, key, opd, occurredAt, traceparent, data, null, null);
    }
}
