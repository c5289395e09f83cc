package id.go.spbe.servicedesk.roster.domain;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The roster of Dinas's Tier 2 desk (S3), the one queue of a service centre too: who works escalated tickets, security
 * incidents (S8) and the tickets of an OPD without Tier 1 (S2), and where the desk's notifications reach them. One
 * document for the region. It may be empty — then the desk is addressed as a whole (every Tier 2 agent's inbox and
 * the configured desk mailbox), which is how the desk worked before it had a roster.
 */
@Document("tier2_roster")
public class Tier2Roster extends AggregateRoot {

    public static final String ID = "TIER2";

    @Id
    private String id;
    private List<Tier2Agent> agents;
    private Instant updatedAt;
    private String updatedBy;

    Tier2Roster() {
    }

    /** The roster before Dinas first sets it: nobody named, the desk addressed as a whole. */
    public static Tier2Roster empty() {
        Tier2Roster roster = new Tier2Roster();
        roster.id = ID;
        roster.agents = List.of();
        return roster;
    }

    /** Replaces the whole roster; a username appears once (422 S3). */
    public void replace(List<Tier2Agent> newAgents, String by, Instant now) {
        Set<String> seen = new HashSet<>();
        for (Tier2Agent a : newAgents) {
            if (!seen.add(a.username())) {
                throw new RuleViolationException("S3", "Agen Tier 2 '" + a.username() + "' tercantum dua kali.");
            }
        }
        agents = List.copyOf(newAgents);
        updatedAt = now;
        updatedBy = by;
        raise(new Tier2RosterUpdated(UUID.randomUUID(), now,
                agents.stream().filter(Tier2Agent::active).map(Tier2Agent::username).toList(),
                agents.stream().filter(a -> !a.active()).map(Tier2Agent::username).toList(), by));
    }

    /** The agents the desk's queue notifications go to. */
    public List<Tier2Agent> activeAgents() {
        return agents.stream().filter(Tier2Agent::active).toList();
    }

    /** The agent of that username, active or not (an inactive agent still hears of a ticket they hold). */
    public Optional<Tier2Agent> agent(String username) {
        return agents.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    public List<Tier2Agent> agents() {
        return agents;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
