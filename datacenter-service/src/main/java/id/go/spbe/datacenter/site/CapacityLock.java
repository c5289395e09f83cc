package id.go.spbe.datacenter.site;

import id.go.spbe.platform.domain.StateConflictException;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Serialises the decisions that take capacity (approvals, resizes, reservations) across replicas, so two Dinas staff
 * approving at the same moment cannot both take the last free vCPUs: check-then-write runs under one short lease in
 * MongoDB. The lease uses wall-clock time (not the service's clock) and expires by itself if a replica dies holding
 * it. Such decisions are rare human actions; a caller that cannot get the lease within a few seconds gets a 409.
 */
@Component
public class CapacityLock {

    static final String COLLECTION = "capacity_locks";
    private static final String NAME = "capacity";
    private static final Duration HOLD = Duration.ofSeconds(30);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final MongoTemplate mongo;

    CapacityLock(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public <T> T underLock(Supplier<T> decision) {
        String owner = UUID.randomUUID().toString();
        acquire(owner);
        try {
            return decision.get();
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(NAME).and("owner").is(owner)), COLLECTION);
        }
    }

    private void acquire(String owner) {
        Instant giveUpAt = Instant.now().plus(WAIT);
        while (true) {
            Instant now = Instant.now();
            try {
                mongo.upsert(Query.query(Criteria.where("_id").is(NAME).and("until").lt(Date.from(now))),
                        new Update().set("owner", owner).set("until", Date.from(now.plus(HOLD))), COLLECTION);
                Document held = mongo.findById(NAME, Document.class, COLLECTION);
                if (held != null && owner.equals(held.getString("owner"))) {
                    return;
                }
            } catch (DuplicateKeyException taken) {
                // held by another decision: wait a little
            }
            if (Instant.now().isAfter(giveUpAt)) {
                throw new StateConflictException("Keputusan kapasitas lain sedang diproses; coba lagi sebentar lagi.");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StateConflictException("Keputusan kapasitas dibatalkan.");
            }
        }
    }
}
