package id.go.spbe.servicedesk.roster;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * This service's record of an OPD's Tier 1 contact as the OPD directory (app-registry) names it (S2), so the
 * supervision view can show whether the directory and the roster agree.
 */
@Document("opd_tier1_contacts")
public record DirectoryContact(@Id String opd, String name, String phone, String email, Instant asOf) {
}
