package id.go.spbe.servicedesk.roster.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Dinas set the Tier 2 roster: the usernames of its active and inactive agents (names and addresses stay in the
 * desk). Topic {@value #TOPIC}, key {@link Tier2Roster#ID}; no OPD (the desk is Dinas's, region-wide).
 */
@EventType(value = "id.go.spbe.tier2-roster.updated.v1", topic = Tier2RosterUpdated.TOPIC)
public record Tier2RosterUpdated(UUID eventId, Instant occurredAt, List<String> activeAgents,
        List<String> inactiveAgents, String updatedBy) implements DomainEvent {

    public static final String TOPIC = "spbe.servicedesk.tier2-roster.v1";

    @Override
    public String aggregateId() {
        return Tier2Roster.ID;
    }

    @Override
    public String opdCode() {
        return null;
    }

    @Override
    public String actor() {
        return updatedBy;
    }
}
