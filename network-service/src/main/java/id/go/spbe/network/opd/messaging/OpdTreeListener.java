package id.go.spbe.network.opd.messaging;

import id.go.spbe.network.opd.OpdTree;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Keeps {@link OpdTree} from app-registry's OPD events. Each of them carries the OPD's full state, so an absent or
 * null {@code parentCode} means a top-level OPD. Repeats are dropped by the platform's inbox (this consumer's own
 * group and inbox, {@code opd-tree}); order is kept per OPD (key = code) and guarded by event time.
 */
@Component
class OpdTreeListener implements EventConsumer {

    static final String TOPIC = "spbe.app-registry.opd.v1";
    static final List<String> TYPES = List.of("id.go.spbe.opd.registered.v1", "id.go.spbe.opd.updated.v1",
            "id.go.spbe.opd.mandiri-tik-designated.v1");

    /** This consumer's copy of the fields it reads (the producer owns the schema). */
    record OpdPlace(@NotBlank String code, String parentCode, Instant occurredAt) {
    }

    private final OpdTree tree;

    OpdTreeListener(OpdTree tree) {
        this.tree = tree;
    }

    @Override
    public EventRoutes routes() {
        EventRoutes routes = EventRoutes.consumer("opd-tree").topics(TOPIC);
        TYPES.forEach(type -> routes.on(type, OpdPlace.class, this::onOpd));
        return routes;
    }

    void onOpd(OpdPlace data, CloudEvent event) {
        Instant at = event.time() != null ? event.time() : data.occurredAt() != null ? data.occurredAt()
                : Instant.EPOCH;
        tree.place(data.code(), data.parentCode(), at);
    }
}
