package id.go.spbe.audit.workpaper.domain;

import id.go.spbe.audit.engagement.domain.ScopeArea;
import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.UUID;

/**
 * Events of audit working papers, topic {@value #TOPIC}, key = working paper id. They say that the team's working
 * record moved, never what it says: the notes stay in this service (the auditors' own record, not the audited OPD's).
 * Schemas: {@code resources/events}.
 */
public final class WorkpaperEvents {

    public static final String TOPIC = "spbe.audit.workpaper.v1";

    private WorkpaperEvents() {
    }

    interface Event extends DomainEvent {

        String workpaperId();

        String auditedOpd();

        @Override
        default String aggregateId() {
            return workpaperId();
        }

        @Override
        default String opdCode() {
            return auditedOpd();
        }
    }

    /** A member of the audit team recorded a working paper for one scope item (AU2) of the audit. */
    @EventType(value = "id.go.spbe.workpaper.recorded.v1", topic = TOPIC)
    public record WorkpaperRecorded(UUID eventId, Instant occurredAt, String workpaperId, String auditId,
            String auditedOpd, String title, ScopeArea scopeArea, String recordedBy) implements Event {

        @Override
        public String actor() {
            return recordedBy;
        }
    }

    /**
     * A member of the audit team revised a working paper ({@code change} REVISED: title, scope item or notes;
     * FILES_ATTACHED: {@code filesAdded} files attached); {@code files} is how many it holds now.
     */
    @EventType(value = "id.go.spbe.workpaper.revised.v1", topic = TOPIC)
    public record WorkpaperRevised(UUID eventId, Instant occurredAt, String workpaperId, String auditId,
            String auditedOpd, String title, ScopeArea scopeArea, String change, int filesAdded, int files,
            String revisedBy) implements Event {

        @Override
        public String actor() {
            return revisedBy;
        }
    }
}
