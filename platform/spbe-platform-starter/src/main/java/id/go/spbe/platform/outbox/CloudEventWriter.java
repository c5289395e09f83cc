package id.go.spbe.platform.outbox;

import id.go.spbe.platform.domain.OutboxEntry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * Renders an outbox entry as a CloudEvents 1.0 JSON envelope (structured content mode). {@code opd}, {@code actor}
 * (who caused the change) and {@code traceparent} travel as extension attributes, so they survive any transport.
 */
public class CloudEventWriter {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private final JsonMapper json;
    private final String source;

    public CloudEventWriter(JsonMapper json, String applicationName) {
        this.json = json;
        this.source = "/spbe/" + applicationName;
    }

    public String write(OutboxEntry entry) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("specversion", "1.0");
        envelope.put("id", entry.eventId());
        envelope.put("source", source);
        envelope.put("type", entry.type());
        envelope.put("subject", entry.key());
        envelope.put("time", (entry.occurredAt() == null ? Instant.now() : entry.occurredAt()).toString());
        envelope.put("datacontenttype", "application/json");
        if (entry.opd() != null) {
            envelope.put("opd", entry.opd());
        }
        if (entry.actor() != null) {
            envelope.put("actor", entry.actor());
        }
        if (entry.traceparent() != null) {
            envelope.put("traceparent", entry.traceparent());
        }
        envelope.set("data", json.readTree(entry.data()));
        return json.writeValueAsString(envelope);
    }
}
