package id.go.spbe.datacenter.dataset.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.UUID;

/** Events of the register of datasets stored in the data center (D8), on {@value #TOPIC} keyed by dataset id. */
public final class DatasetEvents {

    public static final String TOPIC = "spbe.datacenter.dataset.v1";

    private DatasetEvents() {
    }

    /** An OPD's dataset entered the register, with the system holding it and its security classification. */
    @EventType(value = "id.go.spbe.dataset.registered.v1", topic = TOPIC)
    public record DatasetRegistered(UUID eventId, Instant occurredAt, String datasetId, String opd, String name,
            String systemKind, String systemId, String classification, String owner, String registeredBy)
            implements DomainEvent {

        @Override
        public String aggregateId() {
            return datasetId;
        }

        @Override
        public String opdCode() {
            return opd;
        }

        @Override
        public String actor() {
            return registeredBy;
        }
    }

    /** The owner OPD set another classification level, with a reason. */
    @EventType(value = "id.go.spbe.dataset.reclassified.v1", topic = TOPIC)
    public record DatasetReclassified(UUID eventId, Instant occurredAt, String datasetId, String opd, String from,
            String to, String reason, String reclassifiedBy) implements DomainEvent {

        @Override
        public String aggregateId() {
            return datasetId;
        }

        @Override
        public String opdCode() {
            return opd;
        }

        @Override
        public String actor() {
            return reclassifiedBy;
        }
    }
}
