package id.go.spbe.platform.opd;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A service's local copy of one OPD from the directory that app-registry-service owns (G1), fed by its OPD events.
 * Only the fields services use for scoping and rules are kept.
 */
@Document("opd_references")
public record OpdReference(@Id String code, String name, boolean dinas, boolean mandiriTik, boolean active,
        Instant updatedAt) {
}
