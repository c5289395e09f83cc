package id.go.spbe.platform.messaging;

import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A received CloudEvents 1.0 envelope. Consumers read {@link #data()} into their own record holding only the fields
 * they use (the producer owns the schema; unknown fields are ignored).
 */
public record CloudEvent(String specversion, String id, String source, String type, String subject, Instant time,
        String datacontenttype, String opd, String traceparent, JsonNode data) {
}
