package id.go.spbe.platform.scheduling;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Date;
import java.util.Optional;

/**
 * Looks whether a lease is visibly held before asking ShedLock's Mongo provider for it. The provider takes a lease with
 * an upsert that fails with a duplicate key while another replica holds it; that is correct, but the embedded wire
 * server logs every such refusal as an error with a stack trace. Reading first keeps the usual "someone else has it"
 * case silent; the provider still decides every race.
 */
class HeldLeaseCheck implements LockProvider {

    private final LockProvider delegate;
    private final MongoTemplate mongo;
    private final String collection;

    HeldLeaseCheck(LockProvider delegate, MongoTemplate mongo, String collection) {
        this.delegate = delegate;
        this.mongo = mongo;
        this.collection = collection;
    }

    static LockProvider around(LockProvider delegate, MongoTemplate mongo, String collection) {
        return new HeldLeaseCheck(delegate, mongo, collection);
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        Query held = Query.query(Criteria.where("_id").is(configuration.getName()).and("lockUntil")
                .gt(new Date()));
        if (mongo.exists(held, Document.class, collection)) {
            return Optional.empty();
        }
        return delegate.lock(configuration);
    }
}
