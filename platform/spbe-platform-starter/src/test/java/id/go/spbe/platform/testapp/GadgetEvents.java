package id.go.spbe.platform.testapp;

import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A typed consumer as a service would write one: one route, its own record of the data, a handler that counts how
 * often each gadget was handled (so tests can see "exactly once"). While {@link #broken} is set, gadgets named
 * "poison" fail, standing in for a consumer bug that is later fixed.
 */
@Component
public class GadgetEvents implements EventConsumer {

    public static final String TOPIC = "spbe.platform-test.gadget.v1";
    public static final String CREATED = "id.go.spbe.gadget.created.v1";

    public final AtomicBoolean broken = new AtomicBoolean(true);

    record GadgetCreated(@NotBlank String gadgetId, String name) {
    }

    private final MongoTemplate mongo;

    GadgetEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("gadgets").topics(TOPIC).on(CREATED, GadgetCreated.class, this::created);
    }

    void created(GadgetCreated gadget, CloudEvent event) {
        if (broken.get() && "poison".equals(gadget.name())) {
            throw new IllegalStateException("cannot handle gadget " + gadget.gadgetId());
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(gadget.gadgetId())), new Update().inc("handled", 1)
                .set("name", gadget.name()).set("eventId", event.id()), "gadgets_seen");
    }
}
