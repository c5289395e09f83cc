package id.go.spbe.servicedesk.roster;

import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.roster.domain.Tier2Agent;
import id.go.spbe.servicedesk.roster.domain.Tier2Roster;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * The Tier 2 roster (S3): Dinas keeps it; the region-wide roles read it (it names Dinas staff and their addresses,
 * which an OPD's users have no need of: they reach Tier 2 by escalating). The same roster in a TIERED and a
 * SERVICE_CENTRE region: Tier 2 agents work the service centre's one queue.
 */
@Service
public class Tier2Rosters {

    private final Tier2RosterRepository rosters;
    private final Clock clock;

    Tier2Rosters(Tier2RosterRepository rosters, Clock clock) {
        this.rosters = rosters;
        this.clock = clock;
    }

    /** The roster as stored, or the empty one before Dinas first sets it. */
    public Tier2Roster current() {
        return rosters.findById(Tier2Roster.ID).orElseGet(Tier2Roster::empty);
    }

    public Tier2Roster get(Caller caller) {
        if (!caller.regionWide()) {
            throw new AccessDeniedException("the Tier 2 roster is read by region-wide roles");
        }
        return current();
    }

    /**
     * The version its ETag names: the stored one, or -1 before Dinas first sets the roster — not 0, which is the
     * version of the first save, so an ETag read before that save is stale after it (412).
     */
    public static long etagVersion(Tier2Roster roster) {
        return roster.version() == null ? -1L : roster.version();
    }

    /** Dinas replaces the roster; {@code If-Match} against {@link #etagVersion(Tier2Roster)}. */
    public Tier2Roster replace(Caller caller, List<Tier2Agent> agents, String ifMatch) {
        if (!caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("Dinas keeps the Tier 2 roster");
        }
        Tier2Roster roster = current();
        ETags.checkIfMatch(ifMatch, etagVersion(roster));
        roster.replace(agents, caller.username(), clock.instant());
        return rosters.save(roster);
    }
}
