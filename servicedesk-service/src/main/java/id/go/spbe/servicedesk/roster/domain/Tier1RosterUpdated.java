package id.go.spbe.servicedesk.roster.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Dinas set an OPD's Tier 1 roster (S2), or withdrew it ({@code withdrawn}, no technicians, with a reason). Topic
 * {@value #TOPIC}, key = OPD code.
 */
@EventType(value = "id.go.spbe.tier1-roster.updated.v1", topic = Tier1RosterUpdated.TOPIC)
public record Tier1RosterUpdated(UUID eventId, Instant occurredAt, String opd, List<String> technicians,
        boolean withdrawn, String reason, String updatedBy) implements DomainEvent {

    public static final String TOPIC = "spbe.servicedesk.tier1-roster.v1";

    @Override
    public String aggregateId() {
        return opd;
    }

    @Override
    public String opdCode() {
        return opd;
    }

    @Override
    public String actor() {
        return updatedBy;
    }
}
