package id.go.spbe.platform.outbox;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.ChangeHistory;
import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.domain.HistoryHead;
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
 * Just before an aggregate is converted to its document, turns the events it raised into outbox entries, each with
 * its hash-chained history entry, and advances the aggregate's history head. The document write that stores the new
 * state therefore also stores its events and their history links: no dual write, nothing lost if the process dies
 * right after. The relay later appends the links to the history collection (SEC1).
 *
 * <p>The actor is the event's own {@link DomainEvent#actor()} when it names one (background work acting for a
 * person), else the authenticated caller, else {@code system}.
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
        String caller = callers.actorName();
        String traceparent = traceparent();
        List<OutboxEntry> outbox = new ArrayList<>();
        HistoryHead head = aggregate.historyHead();
        for (DomainEvent event : aggregate.raisedEvents()) {
            EventType type = typeOf(event);
            String data = json.writeValueAsString(event);
            String actor = event.actor() == null || event.actor().isBlank() ? caller : event.actor();
            HistoryEntry entry = ChangeHistory.next(head, event.occurredAt(), actor, type.value(), data);
            outbox.add(new OutboxEntry(event.eventId().toString(), type.value(), type.topic(), event.aggregateId(),
                    event.opdCode(), event.occurredAt(), traceparent, data, actor, entry));
            head = HistoryHead.of(entry);
        }
        aggregate.stamp(outbox, head);
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
