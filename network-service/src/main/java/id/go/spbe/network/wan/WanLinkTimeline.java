package id.go.spbe.network.wan;

import id.go.spbe.network.history.RecordedStates;
import id.go.spbe.network.wan.domain.CircuitTerms;
import id.go.spbe.network.wan.domain.WanLink;
import id.go.spbe.network.wan.domain.WanLinkEvents.WanLinkChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;

/**
 * The terms of WAN circuits as they stood at a past instant (N8: the yearly review draws and counts the WAN "as at" its
 * date, not with today's names and bandwidths). A circuit not updated since that instant is as it is now; for one
 * updated since, the last {@code WanLinkChanged} its change history recorded before the instant (each carries the
 * circuit's state after the change).
 */
@Service
public class WanLinkTimeline {

    private static final Logger log = LoggerFactory.getLogger(WanLinkTimeline.class);

    private final RecordedStates states;

    WanLinkTimeline(RecordedStates states) {
        this.states = states;
    }

    /** The terms of {@code links} in force just before {@code end}, in the same order. */
    public List<CircuitTerms> inForceBefore(List<WanLink> links, Instant end) {
        return links.stream().map(link -> link.changedSince(end) ? recorded(link, end) : link.terms()).toList();
    }

    private CircuitTerms recorded(WanLink link, Instant end) {
        return states.<WanLinkChanged>lastBefore(link, end, WanLinkChanged.class).map(CircuitTerms::of)
                .orElseGet(() -> {
                    log.warn("WAN link {}: no recorded state before {}; drawing its current terms", link.id(), end);
                    return link.terms();
                });
    }
}
