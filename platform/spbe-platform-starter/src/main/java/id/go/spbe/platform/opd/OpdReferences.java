package id.go.spbe.platform.opd;

import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Optional;

/**
 * The OPD read model of a consuming service. Every record elsewhere references an existing OPD code; an unknown code
 * is a rule violation (422, obligation G1), not a missing resource.
 */
public class OpdReferences {

    private final MongoTemplate mongo;

    public OpdReferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<OpdReference> find(String code) {
        return Optional.ofNullable(code).map(c -> mongo.findById(c, OpdReference.class));
    }

    /** The OPD with this code; throws a G1 rule violation if the directory has no such (active) OPD. */
    public OpdReference requireKnown(String code) {
        return find(code).filter(OpdReference::active)
                .orElseThrow(() -> new RuleViolationException("G1",
                        "OPD '" + code + "' tidak terdaftar di direktori OPD."));
    }

}
