package id.go.spbe.datacenter.application;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * This service's copy of one application of app-registry's register (A1), fed by its application events: only what
 * the data center needs to decide whether an application may be hosted (registered, not retired, whose it is).
 *
 * @param status         the register's status as last reported (DRAFT … ACTIVE, DECOMMISSIONED)
 * @param decommissioned sticky once the register retired it; later events never undo it
 * @param updatedAt      time of the newest event applied, so replays of older ones change nothing
 */
@Document("application_references")
public record ApplicationReference(@Id String id, String name, @Indexed String ownerOpd, String status,
        boolean decommissioned, Instant updatedAt) {
}
