package id.go.spbe.audit.plan;

import com.mongodb.bulk.BulkWriteResult;
import id.go.spbe.audit.plan.domain.AuditObligation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mapping.PersistentProperty;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes many changed obligations in a few round trips (a recomputation that plans or moves the whole plan), with
 * what a single {@code save} guarantees: each obligation is still one whole-document write carrying its own outbox
 * entries and history links (the platform's before-convert callback stamps them, and the after-save callback wakes
 * the relay, in bulk as in a single save), and the optimistic lock holds — a new obligation is inserted with
 * version 0 (a duplicate id is refused), a changed one replaces the document only at the version it was read at.
 * One round trip per {@value #CHUNK} obligations instead of one per obligation (BENCHMARKS.md).
 */
@Component
class ObligationBulkWriter {

    private static final Logger log = LoggerFactory.getLogger(ObligationBulkWriter.class);

    /** Obligations per bulk request: bounded messages and memory, still few round trips. */
    static final int CHUNK = 1000;

    private final MongoTemplate mongo;
    private final MongoPersistentEntity<?> entity;
    private final PersistentProperty<?> version;

    ObligationBulkWriter(MongoTemplate mongo) {
        this.mongo = mongo;
        this.entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(AuditObligation.class);
        this.version = entity.getRequiredVersionProperty();
    }

    /**
     * Writes {@code changed} (obligations created or changed since they were read).
     *
     * @return the ids of the objects whose obligations may not all be written: a chunk in which an obligation was
     *         changed (or created) by someone else since it was read is reported whole, for the caller to reconcile
     *         those objects again from what is stored (every write is idempotent, so a repeat changes nothing)
     */
    Set<String> write(List<AuditObligation> changed) {
        Set<String> unsure = new LinkedHashSet<>();
        for (int from = 0; from < changed.size(); from += CHUNK) {
            List<AuditObligation> chunk = changed.subList(from, Math.min(changed.size(), from + CHUNK));
            if (!writeChunk(chunk)) {
                chunk.forEach(o -> unsure.add(o.applicationId()));
            }
        }
        return unsure;
    }

    private boolean writeChunk(List<AuditObligation> chunk) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AuditObligation.class);
        for (AuditObligation o : chunk) {
            Long read = o.version();
            if (read == null) {
                setVersion(o, 0L);
                bulk.insert(o);
            } else {
                setVersion(o, read + 1);
                bulk.replaceOne(Query.query(Criteria.where("_id").is(o.id()).and(version.getName()).is(read)), o,
                        FindAndReplaceOptions.none());
            }
        }
        BulkWriteResult result;
        try {
            result = bulk.execute();
        } catch (BulkOperationException e) {
            // Unordered: the rest was written; a duplicate id means another writer created that obligation first.
            log.info("Bulk write of {} obligation(s) met {} conflict(s): {}", chunk.size(), e.getErrors().size(),
                    e.getErrors().get(0).getMessage());
            return false;
        }
        int written = result.getInsertedCount() + result.getMatchedCount();
        if (written < chunk.size()) {
            log.info("Bulk write of {} obligation(s) wrote {}: the others changed since they were read",
                    chunk.size(), written);
            return false;
        }
        return true;
    }

    private void setVersion(AuditObligation o, long value) {
        entity.getPropertyAccessor(o).setProperty(version, value);
    }
}
