package id.go.spbe.monev.competency.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events of the ICT staff competency register (M5) on {@code spbe.monev.competency.v1}, keyed by the staff record's
 * id. They carry the role codes and evidence ids, not the person's name (personal data stays in monev).
 */
public final class CompetencyEvents {

    public static final String TOPIC = "spbe.monev.competency.v1";

    private CompetencyEvents() {
    }

    public record CompetencyView(CompetencyRole role, String evidenceDocumentId, LocalDate validUntil) {

        static CompetencyView of(Competency c) {
            return new CompetencyView(c.role(), c.evidenceDocumentId(), c.validUntil());
        }
    }

    /** A staff member's competencies as they now stand (registration or change); {@code active} false once left. */
    @EventType(value = "id.go.spbe.competency.staff-updated.v1", topic = TOPIC)
    public record IctStaffUpdated(UUID eventId, Instant occurredAt, String staffId, String opd, boolean active,
            List<CompetencyView> competencies, String changedBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return staffId;
        }

        @Override
        public String opdCode() {
            return opd;
        }

        @Override
        public String actor() {
            return changedBy;
        }
    }
}
