package id.go.spbe.platform.outbox;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.ChangeHistory;
import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.domain.OutboxEntry;
import id.go.spbe.platform.security.CallerResolver;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Just before an aggregate is converted to its document, turns the events it raised into outbox entries and
 * hash-chained history entries. The document write that stores the new state therefore also stores its events:
 * no dual write, nothing lost if the process dies right after.
 */
public class OutboxStampingCallback implements BeforeConvertCallback<AggregateRoot>, Ordered {

    private final JsonMapper json;
    private final CallerResolver callers;
    private final ObjectProvider<Tracer> tracer;

    public OutboxStampingCallback(JsonMapper json, CallerResolver callers, ObjectProvider<Tracer> tracer) {
        this.json = json;
        this.callers = callers;
        this.tracer = tracer;
    }

    @Override
    public AggregateRoot onBeforeConvert(AggregateRoot aggregate, String collection) {
        if (aggregate.raisedEvents().isEmpty()) {
            return aggregate;
        }
        String actor = callers.actorName();
        String traceparent = traceparent();
        List<OutboxEntry> outbox = new ArrayList<>();
        List<HistoryEntry> chain = new ArrayList<>(aggregate.history());
        List<HistoryEntry> added = new ArrayList<>();
        for (DomainEvent event : aggregate.raisedEvents()) {
            EventType type = typeOf(event);
            String data = json.writeValueAsString(event);
            outbox.add(new OutboxEntry(event.eventId().toString(), type.value(), type.topic(), event.aggregateId(),
                    event.opdCode(), event.occurredAt(), traceparent, data));
            HistoryEntry entry = ChangeHistory.next(chain, event.occurredAt(), actor, type.value(), data);
            chain.add(entry);
            added.add(entry);
        }
        aggregate.stamp(outbox, added);
        return aggregate;
    }

    static EventType typeOf(DomainEvent event) {
        EventType type = event.getClass().getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalStateException(event.getClass().getName() + " lacks @EventType");
        }
        return type;
    }

    private String traceparent() {
        Tracer t = tracer.getIfAvailable();
        Span span = t == null ? null : t.currentSpan();
        if (span == null) {
            return null;
        }
        var context = span.context();
        return "00-" + context.traceId() + "-" + context.spanId() + "-"
                + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
