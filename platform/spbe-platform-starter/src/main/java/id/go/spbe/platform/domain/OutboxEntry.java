package id.go.spbe.platform.domain;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be published. Written in the same document write as the state
 * change it reports, so neither can exist without the other.
 */
public record OutboxEntry(String eventId, String type, String topic, String key, String opd, Instant occurredAt,
        String traceparent, String data) {
}
