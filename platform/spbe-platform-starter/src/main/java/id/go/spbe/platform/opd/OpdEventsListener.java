package id.go.spbe.platform.opd;

import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventInbox;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;

import java.time.Instant;

/**
 * Keeps {@link OpdReference} in step with app-registry-service's OPD events (OpdRegistered, OpdUpdated,
 * OpdMandiriTikDesignated). Upserts keyed by OPD code, guarded by event time, so replays and duplicates are harmless.
 */
public class OpdEventsListener {

    public static final String TOPIC = "spbe.app-registry.opd.v1";

    /** The fields this consumer reads; the producer's schema has more. Absent fields are left unchanged. */
    record OpdData(String code, String name, Boolean dinas, Boolean mandiriTik, Boolean active) {
    }

    private final EventInbox inbox;
    private final MongoTemplate mongo;

    public OpdEventsListener(EventInbox inbox, MongoTemplate mongo) {
        this.inbox = inbox;
        this.mongo = mongo;
    }

    @KafkaListener(id = "${spring.application.name}.opd-reference", topics = TOPIC,
            groupId = "${spring.application.name}.opd-reference")
    public void on(String value) {
        CloudEvent event = inbox.parse(value);
        inbox.handleOnce("opd-reference", event, this::apply);
    }

    void apply(CloudEvent event) {
        OpdData data = inbox.data(event, OpdData.class);
        if (data.code() == null) {
            return;
        }
        Instant at = event.time() == null ? Instant.now() : event.time();
        // Older events than what we hold do not overwrite newer state (same partition keeps order; this guards replays).
        Query query = Query.query(Criteria.where("_id").is(data.code())
                .orOperator(Criteria.where("updatedAt").exists(false), Criteria.where("updatedAt").lte(at)));
        Update update = new Update().set("updatedAt", at);
        if (data.name() != null) {
            update.set("name", data.name());
        }
        if (data.dinas() != null) {
            update.set("dinas", data.dinas());
        }
        if (data.mandiriTik() != null) {
            update.set("mandiriTik", data.mandiriTik());
        }
        if (data.active() != null) {
            update.set("active", data.active());
        } else {
            update.setOnInsert("active", true);
        }
        try {
            mongo.upsert(query, update, OpdReference.class);
        } catch (org.springframework.dao.DuplicateKeyException newerStateExists) {
            // The query missed because we hold newer state; the upsert then collides on _id: nothing to do.
        }
    }
}
