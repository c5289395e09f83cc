package id.go.spbe.network.change.domain;

import id.go.spbe.network.lan.domain.LanSteward;
import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events of the LAN change reports (N7), on {@code spbe.network.lan-change.v1} keyed by report id. Schemas:
 * {@code resources/events/lan-change-reported.v1.schema.json}, {@code lan-change-acknowledged.v1.schema.json}.
 */
public final class LanChangeEvents {

    public static final String TOPIC = "spbe.network.lan-change.v1";

    private LanChangeEvents() {
    }

    /**
     * The steward reported a change to an OPD's LAN: what, why, when, the PERUBAHAN ticket that authorised it (if
     * any: {@code changeTicketId} is servicedesk's ticket id, S6, checked to be an approved change of the same OPD;
     * {@code ticketReference} free text), the inventory revisions it covers and how many records the diff added,
     * removed and changed.
     */
    @EventType(value = "id.go.spbe.lan-change.reported.v1", topic = TOPIC)
    public record LanChangeReported(UUID eventId, Instant occurredAt, String reportId, String opdCode, String what,
            String why, LocalDate performedOn, String ticketReference, String changeTicketId, long fromRevision,
            long toRevision, LanSteward steward, String reportedBy, int added, int removed, int changed) implements DomainEvent {

        @Override
        public String aggregateId() {
            return reportId;
        }

        @Override
        public String actor() {
            return reportedBy;
        }
    }

    /** Dinas acknowledged a change report. */
    @EventType(value = "id.go.spbe.lan-change.acknowledged.v1", topic = TOPIC)
    public record LanChangeAcknowledged(UUID eventId, Instant occurredAt, String reportId, String opdCode,
            long fromRevision, long toRevision, String acknowledgedBy, String note) implements DomainEvent {

        @Override
        public String aggregateId() {
            return reportId;
        }

        @Override
        public String actor() {
            return acknowledgedBy;
        }
    }
}
