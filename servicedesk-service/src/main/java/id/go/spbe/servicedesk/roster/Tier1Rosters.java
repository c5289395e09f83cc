package id.go.spbe.servicedesk.roster;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.roster.domain.Technician;
import id.go.spbe.servicedesk.roster.domain.Tier1Roster;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The Tier 1 rosters (S2): Dinas sets them, everyone of the OPD reads its own, region-wide roles read all. In a
 * SERVICE_CENTRE region there are no tiers, so there is no roster to keep.
 */
@Service
public class Tier1Rosters {

    private final Tier1RosterRepository rosters;
    private final OpdReferences opds;
    private final ServicedeskRegulation regulation;
    private final Clock clock;

    Tier1Rosters(Tier1RosterRepository rosters, OpdReferences opds, ServicedeskRegulation regulation, Clock clock) {
        this.rosters = rosters;
        this.opds = opds;
        this.regulation = regulation;
        this.clock = clock;
    }

    /** Whether the OPD has a roster, i.e. at least one Tier 1 technician (S2). */
    public boolean covers(String opd) {
        return rosters.findById(opd).map(Tier1Roster::active).orElse(false);
    }

    /** Whether {@code username} is on the OPD's Tier 1 roster. */
    public boolean isTechnician(String opd, String username) {
        return rosters.findById(opd).map(r -> r.includes(username)).orElse(false);
    }

    /** The OPD's Tier 1 technicians (empty when it has no roster or it was withdrawn). */
    public List<Technician> technicians(String opd) {
        return rosters.findById(opd).filter(Tier1Roster::active).map(Tier1Roster::technicians).orElse(List.of());
    }

    /** Every roster, for the supervision view. */
    public List<Tier1Roster> all() {
        return rosters.findAll();
    }

    public Tier1Roster get(Caller caller, String opd) {
        return caller.visible(rosters.findById(opd), Tier1Roster::opd)
                .orElseThrow(() -> new NotFoundException("Roster Tier 1", opd));
    }

    public Page<Tier1Roster> list(Caller caller, String opd, Pageable page) {
        String scope = caller.listScope(opd);
        if (scope == null) {
            return rosters.findAll(page);
        }
        Optional<Tier1Roster> one = rosters.findById(scope);
        return new PageImpl<>(one.map(List::of).orElse(List.of()), page, one.isPresent() ? 1 : 0);
    }

    /** Dinas withdraws an OPD's roster when it has no technician any more (S2). */
    public Tier1Roster withdraw(Caller caller, String opd, String reason, String ifMatch) {
        if (!caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("Dinas keeps the Tier 1 rosters");
        }
        Tier1Roster roster = rosters.findById(opd).orElseThrow(() -> new NotFoundException("Roster Tier 1", opd));
        ETags.checkIfMatch(ifMatch, roster.version());
        roster.withdraw(reason, caller.username(), clock.instant());
        return rosters.save(roster);
    }

    /** Dinas sets an OPD's roster (creating it on first use). */
    public Tier1Roster replace(Caller caller, String opd, List<Technician> technicians, String ifMatch) {
        if (!caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("Dinas keeps the Tier 1 rosters");
        }
        if (!regulation.tiered()) {
            throw new RuleViolationException("S2", "Wilayah ini menjalankan satu pusat layanan (SERVICE_CENTRE) "
                    + "tanpa Tier 1 per OPD.");
        }
        opds.requireKnown(opd);
        Optional<Tier1Roster> existing = rosters.findById(opd);
        Tier1Roster roster;
        if (existing.isPresent()) {
            roster = existing.get();
            ETags.checkIfMatch(ifMatch, roster.version());
            roster.replace(technicians, caller.username(), clock.instant());
        } else {
            roster = Tier1Roster.of(opd, technicians, caller.username(), clock.instant());
        }
        return rosters.save(roster);
    }
}
