package id.go.spbe.audit.evidence.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events of evidence requests (AU2), topic {@value #TOPIC}, key = request id. Schemas: {@code resources/events}. */
public final class EvidenceEvents {

    public static final String TOPIC = "spbe.audit.evidence.v1";

    private EvidenceEvents() {
    }

    interface Event extends DomainEvent {

        String requestId();

        String auditedOpd();

        @Override
        default String aggregateId() {
            return requestId();
        }

        @Override
        default String opdCode() {
            return auditedOpd();
        }
    }

    /**
     * The audit team asks the audited OPD for evidence by {@code dueDate}; round 1 is the first request, later rounds
     * ask again ({@code reason} says why the last answer was not enough).
     */
    @EventType(value = "id.go.spbe.evidence.requested.v1", topic = TOPIC)
    public record EvidenceRequested(UUID eventId, Instant occurredAt, String requestId, String auditId,
            String auditedOpd, String title, String purpose, LocalDate dueDate, int round, String reason,
            String requestedBy) implements Event {

        @Override
        public String actor() {
            return requestedBy;
        }
    }

    /** The audited OPD answered with platform document ids and a note. */
    @EventType(value = "id.go.spbe.evidence.provided.v1", topic = TOPIC)
    public record EvidenceProvided(UUID eventId, Instant occurredAt, String requestId, String auditId,
            String auditedOpd, int round, List<String> documentIds, String note, String providedBy) implements Event {

        @Override
        public String actor() {
            return providedBy;
        }
    }

    /** The audit team accepted the evidence provided: the request is closed. */
    @EventType(value = "id.go.spbe.evidence.accepted.v1", topic = TOPIC)
    public record EvidenceAccepted(UUID eventId, Instant occurredAt, String requestId, String auditId,
            String auditedOpd, int round, String note, String acceptedBy) implements Event {

        @Override
        public String actor() {
            return acceptedBy;
        }
    }
}
