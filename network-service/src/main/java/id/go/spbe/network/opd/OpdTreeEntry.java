package id.go.spbe.network.opd;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * This service's own record of where an OPD sits in the directory's tree (G1): its parent, or none at the top.
 * The platform's OPD read model does not carry the parent, so this service keeps it from the same events.
 */
@Document("opd_tree")
public record OpdTreeEntry(@Id String code, @Indexed String parentCode, Instant updatedAt) {
}
