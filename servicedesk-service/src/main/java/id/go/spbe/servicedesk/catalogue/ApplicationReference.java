package id.go.spbe.servicedesk.catalogue;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * This service's own record of an application in the register (A1), kept from app-registry's application events:
 * only what a ticket needs to name the affected application. {@code asOf} is the time of the last event applied, so
 * an older event arriving late does not overwrite a newer state.
 */
@Document("application_references")
public record ApplicationReference(@Id String id, String name, String ownerOpd, String status,
        boolean decommissioned, Instant asOf) {
}
