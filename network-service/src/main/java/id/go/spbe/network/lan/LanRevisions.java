package id.go.spbe.network.lan;

import id.go.spbe.network.lan.domain.InventoryContent;
import id.go.spbe.network.lan.domain.Lan;
import id.go.spbe.network.lan.domain.LanEvents.LanChanged;
import id.go.spbe.network.lan.domain.LanRevision;
import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Every revision of every LAN inventory (collection {@code lan_revisions}), so a change report (N7) or a yearly
 * snapshot (N6) can compare any two. Written by {@link LanInventory} after each save; no access checks here — the
 * features that read revisions check who may see the LAN first.
 */
@Component
public class LanRevisions {

    private final MongoOperations mongo;

    LanRevisions(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Keeps the inventory as saved, labelled by the change that produced it (the one event the save raised). */
    void record(Lan saved, LanChanged change, String actor) {
        mongo.insert(LanRevision.of(saved, change.change(), change.summary(), actor, change.occurredAt()));
    }

    /**
     * The inventory at {@code revision} (0: the empty inventory before the first record). 422 N7 when the LAN has
     * no such revision.
     */
    public InventoryContent contentAt(String opdCode, long revision, String field) {
        if (revision == 0) {
            return InventoryContent.EMPTY;
        }
        LanRevision found = mongo.findById(opdCode + ":" + revision, LanRevision.class);
        if (found == null) {
            throw new RuleViolationException("N7", field + ": LAN OPD " + opdCode + " tidak memiliki revisi "
                    + revision + ".");
        }
        return found.content();
    }

    /** The revisions of one LAN after {@code afterRevision}, oldest first, without their content. */
    public List<LanRevision> after(String opdCode, long afterRevision) {
        Query query = Query.query(Criteria.where("opdCode").is(opdCode).and("revision").gt(afterRevision))
                .with(Sort.by("revision"));
        query.fields().exclude("content");
        return mongo.find(query, LanRevision.class);
    }
}
