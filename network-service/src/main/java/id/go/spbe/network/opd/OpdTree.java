package id.go.spbe.network.opd;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The OPD tree as the directory announces it (G1, N1): sites mirror it, so a Puskesmas' sites appear under its
 * Dinas Kesehatan. Fed by {@code messaging.OpdTreeListener}; a newer entry is never overwritten by an older event.
 */
@Service
public class OpdTree {

    /** Deeper than any real tree (OPD → UPTD → sub-unit); stops a cycle the directory would never send. */
    private static final int MAX_DEPTH = 10;

    private final MongoOperations mongo;

    OpdTree(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Optional<String> parentOf(String code) {
        return Optional.ofNullable(mongo.findById(code, OpdTreeEntry.class)).map(OpdTreeEntry::parentCode);
    }

    /** {@code code} and every OPD below it. */
    public Set<String> withSubUnits(String code) {
        Set<String> all = new LinkedHashSet<>();
        all.add(code);
        List<String> frontier = List.of(code);
        for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (OpdTreeEntry child : mongo.find(Query.query(Criteria.where("parentCode").in(frontier)),
                    OpdTreeEntry.class)) {
                if (all.add(child.code())) {
                    next.add(child.code());
                }
            }
            frontier = next;
        }
        return all;
    }

    /** Records the parent an event announces, unless a newer event was applied already. */
    public void place(String code, String parentCode, Instant at) {
        Query query = Query.query(Criteria.where("_id").is(code)
                .orOperator(Criteria.where("updatedAt").exists(false), Criteria.where("updatedAt").lte(at)));
        Update update = new Update().set("parentCode", parentCode).set("updatedAt", at);
        try {
            mongo.upsert(query, update, OpdTreeEntry.class);
        } catch (DuplicateKeyException newerStateExists) {
            // The query missed because a newer event was applied; the upsert then collides on _id: nothing to do.
        }
    }
}
