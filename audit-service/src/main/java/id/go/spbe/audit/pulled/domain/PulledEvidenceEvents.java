package id.go.spbe.audit.pulled.domain;

import id.go.spbe.audit.pulled.domain.ServiceEvidence.HeadlineFigure;
import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events of evidence pulled from other services into an audit, topic {@value #TOPIC}, key = pulled-evidence id. The
 * headline figures only, never the rows (ticket titles, host names stay in this service). Schemas:
 * {@code resources/events}.
 */
public final class PulledEvidenceEvents {

    public static final String TOPIC = "spbe.audit.pulled-evidence.v1";

    private PulledEvidenceEvents() {
    }

    /**
     * The audit's team or Dinas froze one source's view into the audit: {@code source} over {@code from}–{@code to}
     * for {@code auditedOpd} ({@code linkedTo} OBJECT or OPD), with the read model's {@code dataAsOf} and how many
     * rows were kept.
     */
    @EventType(value = "id.go.spbe.pulled-evidence.recorded.v1", topic = TOPIC)
    public record PulledEvidenceRecorded(UUID eventId, Instant occurredAt, String pulledEvidenceId, String auditId,
            String auditedOpd, EvidenceSource source, LocalDate from, LocalDate to, String linkedTo,
            Instant dataAsOf, List<HeadlineFigure> figures, int rows, String pulledBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return pulledEvidenceId;
        }

        @Override
        public String opdCode() {
            return auditedOpd;
        }

        @Override
        public String actor() {
            return pulledBy;
        }
    }
}
