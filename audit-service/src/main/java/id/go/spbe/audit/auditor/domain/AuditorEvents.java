package id.go.spbe.audit.auditor.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Events of the auditor register (AU3), topic {@value #TOPIC}, key = auditor id. */
public final class AuditorEvents {

    public static final String TOPIC = "spbe.audit.auditor.v1";

    private AuditorEvents() {
    }

    interface AuditorEvent extends DomainEvent {

        String auditorId();

        String homeOpd();

        @Override
        default String aggregateId() {
            return auditorId();
        }

        @Override
        default String opdCode() {
            return homeOpd();
        }
    }

    @EventType(value = "id.go.spbe.auditor.registered.v1", topic = TOPIC)
    public record AuditorRegistered(UUID eventId, Instant occurredAt, String auditorId, AuditorType type,
            String name, String username, String homeOpd, String decreeNumber, String certificateNumber,
            LocalDate certificateExpiresOn, String registeredBy) implements AuditorEvent {

        @Override
        public String actor() {
            return registeredBy;
        }
    }

    @EventType(value = "id.go.spbe.auditor.updated.v1", topic = TOPIC)
    public record AuditorUpdated(UUID eventId, Instant occurredAt, String auditorId, AuditorType type, String name,
            String username, String homeOpd, String decreeNumber, String certificateNumber,
            LocalDate certificateExpiresOn, boolean active, String updatedBy) implements AuditorEvent {

        @Override
        public String actor() {
            return updatedBy;
        }
    }
}
