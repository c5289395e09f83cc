package id.go.spbe.network.wan;

import id.go.spbe.network.wan.domain.CircuitTerms;
import id.go.spbe.network.wan.domain.WanLink;
import id.go.spbe.network.wan.domain.WanLinkEvents.WanLinkChanged;
import id.go.spbe.platform.domain.EventType;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The terms of WAN circuits as they stood at a past instant (N8: the yearly review draws and counts the WAN "as at" its
 * date, not with today's names and bandwidths). A circuit not updated since that instant is as it is now; for one
 * updated since, the circuit's own change history (SEC1) — each entry carries the circuit's state after the change —
 * gives the last state recorded before the instant. Read-only; nothing is stored twice.
 */
@Service
public class WanLinkTimeline {

    private static final Logger log = LoggerFactory.getLogger(WanLinkTimeline.class);
    private static final String CHANGED = WanLinkChanged.class.getAnnotation(EventType.class).value();

    private final ChangeHistoryLog histories;
    private final JsonMapper json;

    WanLinkTimeline(ChangeHistoryLog histories, JsonMapper json) {
        this.histories = histories;
        this.json = json;
    }

    /** The terms of {@code links} in force just before {@code end}, in the same order. */
    public List<CircuitTerms> inForceBefore(List<WanLink> links, Instant end) {
        return links.stream().map(link -> link.changedSince(end) ? recorded(link, end).orElseGet(link::terms)
                : link.terms()).toList();
    }

    /**
     * The last state the history recorded before {@code end}. Empty (today's terms are drawn, and it is logged) only
     * if the history holds no readable entry before then — a history that fails verification is still read: the
     * drawing is no proof, the history endpoint reports the break.
     */
    private Optional<CircuitTerms> recorded(WanLink link, Instant end) {
        List<HistoryEntry> before = histories.of(link).entries().stream()
                .filter(e -> CHANGED.equals(e.action()) && e.at() != null && e.at().isBefore(end)).toList();
        for (int i = before.size() - 1; i >= 0; i--) {
            try {
                return Optional.of(CircuitTerms.of(json.readValue(before.get(i).data(), WanLinkChanged.class)));
            } catch (JacksonException e) {
                log.warn("WAN link {}: history entry {} is not readable ({}); trying the one before", link.id(),
                        before.get(i).sequence(), e.getOriginalMessage());
            }
        }
        log.warn("WAN link {}: no recorded state before {}; drawing its current terms", link.id(), end);
        return Optional.empty();
    }
}
