package id.go.spbe.servicedesk.roster.domain;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The Tier 1 roster of one OPD (S2): the ICT technicians who are the OPD's single point of contact and work its
 * queue. Dinas keeps it; a roster always names at least one technician — an OPD without one has no roster, and its
 * tickets go to Tier 2 with that reason.
 */
@Document("tier1_rosters")
public class Tier1Roster extends AggregateRoot {

    @Id
    private String opd;
    private List<Technician> technicians;
    /** Dinas withdrew the roster (the OPD has no technician any more): the OPD is uncovered again. */
    private boolean withdrawn;
    private String withdrawalReason;
    private Instant updatedAt;
    private String updatedBy;

    Tier1Roster() {
    }

    public static Tier1Roster of(String opd, List<Technician> technicians, String by, Instant now) {
        Tier1Roster roster = new Tier1Roster();
        roster.opd = opd;
        roster.replace(technicians, by, now);
        return roster;
    }

    public void replace(List<Technician> newTechnicians, String by, Instant now) {
        if (newTechnicians == null || newTechnicians.isEmpty()) {
            throw new RuleViolationException("S2", "Setiap OPD menunjuk sedikitnya satu teknisi TIK sebagai Tier 1.");
        }
        Set<String> seen = new HashSet<>();
        for (Technician t : newTechnicians) {
            if (!seen.add(t.username())) {
                throw new RuleViolationException("S2", "Teknisi '" + t.username() + "' tercantum dua kali.");
            }
        }
        technicians = List.copyOf(newTechnicians);
        withdrawn = false;
        withdrawalReason = null;
        updatedAt = now;
        updatedBy = by;
        raise(new Tier1RosterUpdated(UUID.randomUUID(), now, opd,
                technicians.stream().map(Technician::username).toList(), false, null, by));
    }

    /**
     * The OPD has no Tier 1 technician any more (S2): its new tickets go to Tier 2 with that reason and it is
     * flagged on the supervision view until Dinas sets a roster again.
     */
    public void withdraw(String reason, String by, Instant now) {
        if (withdrawn) {
            throw new StateConflictException("Roster Tier 1 OPD " + opd + " sudah ditarik.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("S2", "Alasan penarikan roster Tier 1 wajib diisi.");
        }
        technicians = List.of();
        withdrawn = true;
        withdrawalReason = reason.trim();
        updatedAt = now;
        updatedBy = by;
        raise(new Tier1RosterUpdated(UUID.randomUUID(), now, opd, List.of(), true, withdrawalReason, by));
    }

    /** Whether the OPD has Tier 1 technicians on this roster. */
    public boolean active() {
        return !withdrawn && !technicians.isEmpty();
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public boolean includes(String username) {
        return technicians.stream().anyMatch(t -> t.username().equals(username));
    }

    public String opd() {
        return opd;
    }

    public List<Technician> technicians() {
        return technicians;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
