package id.go.spbe.network.history;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.EventType;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an aggregate was at a past instant, read back from its own change history (SEC1): every entry carries the event
 * of the change, and events that carry the aggregate's state after the change (a site's, a WAN circuit's) say what it
 * was from then on. A history that fails verification is still read — a drawing is no proof; the history endpoint
 * reports the break. Read-only; nothing is stored twice.
 */
@Component
public class RecordedStates {

    private static final Logger log = LoggerFactory.getLogger(RecordedStates.class);

    private final ChangeHistoryLog histories;
    private final JsonMapper json;

    RecordedStates(ChangeHistoryLog histories, JsonMapper json) {
        this.histories = histories;
        this.json = json;
    }

    /**
     * The last of {@code aggregate}'s state-carrying events recorded before {@code end} (one of {@code types}, each an
     * {@link EventType}-annotated record), or empty if its history holds none readable before then.
     */
    @SafeVarargs
    public final <E> Optional<E> lastBefore(AggregateRoot aggregate, Instant end, Class<? extends E>... types) {
        List<HistoryEntry> before = histories.of(aggregate).entries().stream()
                .filter(e -> e.at() != null && e.at().isBefore(end)).toList();
        for (int i = before.size() - 1; i >= 0; i--) {
            HistoryEntry entry = before.get(i);
            for (Class<? extends E> type : types) {
                if (type.getAnnotation(EventType.class).value().equals(entry.action())) {
                    try {
                        return Optional.of(json.readValue(entry.data(), type));
                    } catch (JacksonException e) {
                        log.warn("{} {}: history entry {} is not readable ({}); trying the one before",
                                type.getSimpleName(), entry.action(), entry.sequence(), e.getOriginalMessage());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
