package id.go.spbe.platform.domain;

import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Base of every aggregate stored as one MongoDB document. It carries the technical things the platform keeps inside
 * the aggregate's own document, because a single-document write is the only atomic write every MongoDB deployment
 * (and the embedded wire server) offers:
 * <ul>
 *   <li>the optimistic-lock {@code version} (exposed by the web layer as ETag / If-Match);</li>
 *   <li>the <em>outbox</em>: events raised by the last change, each with its hash-chained history entry (SEC1),
 *       published and appended to the history collection by the relay, then removed;</li>
 *   <li>the <em>history head</em>: sequence and hash of the last history entry, so the next link is computed without
 *       loading the history. The history itself lives in an append-only collection and does not grow the document
 *       (read it with {@code ChangeHistoryLog}).</li>
 * </ul>
 * Subclasses call {@link #raise(DomainEvent)} from their transition methods; the persistence layer turns raised events
 * into outbox entries just before the document is written.
 */
public abstract class AggregateRoot {

    @Version
    private Long version;

    private List<OutboxEntry> outbox = new ArrayList<>();

    /**
     * Entries of documents written before the history moved to its own collection. Read and verified with the rest,
     * never appended to; the chain continues from its last entry.
     */
    private List<HistoryEntry> history = new ArrayList<>();

    private HistoryHead historyHead;

    @Transient
    private final List<DomainEvent> raisedEvents = new ArrayList<>();

    protected void raise(DomainEvent event) {
        raisedEvents.add(event);
    }

    /** Events raised since the aggregate was loaded and not yet written. */
    public List<DomainEvent> raisedEvents() {
        return Collections.unmodifiableList(raisedEvents);
    }

    /** Moves raised events into the outbox and advances the history head; called by the persistence layer only. */
    public void stamp(List<OutboxEntry> entries, HistoryHead head) {
        outbox.addAll(entries);
        historyHead = head;
        raisedEvents.clear();
    }

    public Long version() {
        return version;
    }

    public List<OutboxEntry> outbox() {
        return Collections.unmodifiableList(outbox);
    }

    /** History entries still embedded in documents written before the history collection existed (migration). */
    public List<HistoryEntry> embeddedHistory() {
        return history == null ? List.of() : Collections.unmodifiableList(history);
    }

    /** The last link of the change history: the one stored, else the last embedded entry, else the genesis. */
    public HistoryHead historyHead() {
        if (historyHead != null) {
            return historyHead;
        }
        List<HistoryEntry> embedded = embeddedHistory();
        return embedded.isEmpty() ? HistoryHead.GENESIS : HistoryHead.of(embedded.get(embedded.size() - 1));
    }
}
