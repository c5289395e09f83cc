package id.go.spbe.platform.outbox;

import id.go.spbe.platform.domain.AggregateRoot;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;

/**
 * Wakes the relay as soon as an aggregate with unpublished events is saved, naming the saved document so the relay
 * reads it by {@code _id} instead of scanning: events leave within milliseconds whatever the collection's size.
 */
public class OutboxWakeUpCallback implements AfterSaveCallback<AggregateRoot> {

    // Looked up lazily: the relay needs the MongoTemplate, whose converter holds this callback.
    private final ObjectProvider<OutboxRelay> relay;

    public OutboxWakeUpCallback(ObjectProvider<OutboxRelay> relay) {
        this.relay = relay;
    }

    @Override
    public AggregateRoot onAfterSave(AggregateRoot aggregate, Document document, String collection) {
        if (!aggregate.outbox().isEmpty()) {
            relay.ifAvailable(r -> r.wakeUp(collection, document.get("_id")));
        }
        return aggregate;
    }
}
