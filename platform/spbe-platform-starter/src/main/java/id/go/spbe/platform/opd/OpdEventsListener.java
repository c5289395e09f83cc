package id.go.spbe.platform.opd;

import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.List;

/**
 * Keeps {@link OpdReference} in step with app-registry-service's OPD events (OpdRegistered, OpdUpdated,
 * OpdMandiriTikDesignated), all three routed to one upsert keyed by OPD code and guarded by event time, so replays
 * and duplicates are harmless; other types on the topic are ignored.
 */
public class OpdEventsListener implements EventConsumer {

    public static final String TOPIC = "spbe.app-registry.opd.v1";
    static final List<String> TYPES = List.of("id.go.spbe.opd.registered.v1", "id.go.spbe.opd.updated.v1",
            "id.go.spbe.opd.mandiri-tik-designated.v1");

    /**
     * The fields this consumer reads; the producer's schema has more. Absent fields are left unchanged; an event
     * without a code is malformed (dead-lettered).
     */
    record OpdData(@NotBlank String code, String name, Boolean dinas, Boolean mandiriTik, Boolean active) {
    }

    private final MongoTemplate mongo;

    public OpdEventsListener(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Listener id and group stay {@code <application>.opd-reference}, so deployed offsets carry over. */
    @Override
    public EventRoutes routes() {
        EventRoutes routes = EventRoutes.consumer("opd-reference").topics(TOPIC);
        TYPES.forEach(type -> routes.on(type, OpdData.class, this::apply));
        return routes;
    }

    void apply(OpdData data, CloudEvent event) {
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
