package id.go.spbe.network.site;

import id.go.spbe.network.history.RecordedStates;
import id.go.spbe.network.site.domain.Site;
import id.go.spbe.network.site.domain.SiteEvents.SiteEvent;
import id.go.spbe.network.site.domain.SiteEvents.SiteRegistered;
import id.go.spbe.network.site.domain.SiteEvents.SiteUpdated;
import id.go.spbe.network.site.domain.SiteTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;

/**
 * Sites as they stood at a past instant (N8: a past year's WAN drawing and figures name a site and its upstream
 * interconnections as they were then). A site not updated since is as it is now; for one updated since, the last
 * {@code SiteRegistered}/{@code SiteUpdated} its history recorded before the instant (each carries the whole site).
 */
@Service
public class SiteTimeline {

    private static final Logger log = LoggerFactory.getLogger(SiteTimeline.class);

    private final RecordedStates states;

    SiteTimeline(RecordedStates states) {
        this.states = states;
    }

    /** {@code sites} as they stood just before {@code end}, in the same order. */
    public List<SiteTerms> asBefore(List<Site> sites, Instant end) {
        return sites.stream().map(site -> site.changedSince(end) ? recorded(site, end) : site.terms()).toList();
    }

    private SiteTerms recorded(Site site, Instant end) {
        return states.<SiteEvent>lastBefore(site, end, SiteUpdated.class, SiteRegistered.class).map(SiteTerms::of)
                .orElseGet(() -> {
                    log.warn("Site {}: no recorded state before {}; drawing it as it is", site.id(), end);
                    return site.terms();
                });
    }
}
