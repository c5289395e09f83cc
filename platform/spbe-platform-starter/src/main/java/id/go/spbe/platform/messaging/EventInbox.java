package id.go.spbe.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;

/**
 * Idempotent consumption: each (consumer, event id) pair is handled once. The marker is written after the handler
 * succeeds, so a crash in between means the handler runs again; handlers are therefore written as upserts keyed by
 * ids, and the marker turns the common case (a redelivered or re-relayed event) into a no-op.
 */
public class EventInbox {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final MeterRegistry meters;

    public EventInbox(MongoTemplate mongo, JsonMapper json, MeterRegistry meters) {
        this.mongo = mongo;
        this.json = json;
        this.meters = meters;
    }

    /** Parses a CloudEvents JSON record value; malformed input is not retryable. */
    public CloudEvent parse(String value) {
        try {
            CloudEvent event = json.readValue(value, CloudEvent.class);
            if (event.id() == null || event.type() == null) {
                throw new MalformedEventException("CloudEvent without id or type", null);
            }
            return event;
        } catch (JacksonException e) {
            throw new MalformedEventException("record value is not a CloudEvents JSON envelope", e);
        }
    }

    /** Reads the event's data into the consumer's own record type. */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JacksonException e) {
            throw new MalformedEventException("data of " + event.type() + " does not fit " + type.getSimpleName(), e);
        }
    }

    /**
     * Runs {@code handler} unless {@code consumer} already processed this event.
     *
     * @return true if the handler ran
     */
    public boolean handleOnce(String consumer, CloudEvent event, Consumer<CloudEvent> handler) {
        String key = consumer + ":" + event.id();
        if (mongo.exists(Query.query(Criteria.where("_id").is(key)), COLLECTION)) {
            meters.counter("spbe.events.consumed", "consumer", consumer, "outcome", "duplicate").increment();
            return false;
        }
        handler.accept(event);
        try {
            mongo.insert(new Document("_id", key).append("consumer", consumer).append("eventId", event.id())
                    .append("type", event.type()).append("processedAt", Date.from(Instant.now())), COLLECTION);
        } catch (DuplicateKeyException raced) {
            // Another instance handled it concurrently; handlers are idempotent, nothing to undo.
        }
        meters.counter("spbe.events.consumed", "consumer", consumer, "outcome", "handled").increment();
        return true;
    }
}
