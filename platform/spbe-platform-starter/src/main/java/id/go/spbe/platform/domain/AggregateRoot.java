package id.go.spbe.platform.domain;

import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Base of every aggregate stored as one MongoDB document. It carries three technical things the platform keeps
 * inside the aggregate's own document, because a single-document write is the only atomic write every MongoDB
 * deployment (and the embedded wire server) offers:
 * <ul>
 *   <li>the optimistic-lock {@code version} (exposed by the web layer as ETag / If-Match);</li>
 *   <li>the <em>outbox</em>: events raised by the last change, published by the relay and then removed;</li>
 *   <li>the tamper-evident <em>history</em>: one hash-chained entry per raised event (SEC1).</li>
 * </ul>
 * Subclasses call {@link #raise(DomainEvent)} from their transition methods; the persistence layer turns raised events
 * into outbox and history entries just before the document is written.
 */
public abstract class AggregateRoot {

    @Version
    private Long version;

    private List<OutboxEntry> outbox = new ArrayList<>();

    private List<HistoryEntry> history = new ArrayList<>();

    @Transient
    private final List<DomainEvent> raisedEvents = new ArrayList<>();

    protected void raise(DomainEvent event) {
        raisedEvents.add(event);
    }

    /** Events raised since the aggregate was loaded and not yet written. */
    public List<DomainEvent> raisedEvents() {
        return Collections.unmodifiableList(raisedEvents);
    }

    /** Moves raised events into the outbox and history; called by the persistence layer only. */
    public void stamp(List<OutboxEntry> entries, List<HistoryEntry> historyEntries) {
        outbox.addAll(entries);
        history.addAll(historyEntries);
        raisedEvents.clear();
    }

    public Long version() {
        return version;
    }

    public List<OutboxEntry> outbox() {
        return Collections.unmodifiableList(outbox);
    }

    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }
}
