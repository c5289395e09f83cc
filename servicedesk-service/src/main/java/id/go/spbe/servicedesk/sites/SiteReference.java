package id.go.spbe.servicedesk.sites;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * This service's own record of a registered site of an OPD (N1), kept from network-service's site events: only what
 * a ticket needs to name the affected site. {@code asOf} is the time of the last event applied, so an older event
 * arriving late does not overwrite a newer state.
 */
@Document("site_references")
public record SiteReference(@Id String id, @Indexed String opdCode, String name, String address, Instant asOf) {
}
