package id.go.spbe.platform.outbox;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.ChangeHistory;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.domain.HistoryHead;
import id.go.spbe.platform.domain.OutboxEntry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Date;
import java.util.List;
import java.util.TreeMap;

/**
 * The tamper-evident change history of aggregates (SEC1), kept in the append-only {@value #COLLECTION} collection:
 * one document per change with the aggregate's type (its collection) and id, the sequence, and the event id as
 * {@code _id}. The relay appends to it from the outbox; this class reads and verifies it.
 *
 * <p>An aggregate's history is what documents written before this collection existed still embed, then the stored
 * entries, then the links still waiting in its outbox (so a change is in the history as soon as it is saved). The
 * chain is verified entry by entry and against the head the aggregate keeps, so an altered, removed or inserted
 * entry is reported.
 */
public class ChangeHistoryLog {

    private static final Logger log = LoggerFactory.getLogger(ChangeHistoryLog.class);

    public static final String COLLECTION = "change_history";

    /**
     * An aggregate's history and the result of its verification.
     *
     * @param entries             in sequence order
     * @param firstBrokenSequence the first sequence that does not verify; {@code null} when the chain is intact
     */
    public record VerifiedHistory(List<HistoryEntry> entries, Long firstBrokenSequence) {

        public boolean intact() {
            return firstBrokenSequence == null;
        }
    }

    private final MongoTemplate mongo;

    public ChangeHistoryLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The whole history of {@code aggregate}, verified. */
    public VerifiedHistory of(AggregateRoot aggregate) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(aggregate.getClass());
        Object id = entity.getIdentifierAccessor(aggregate).getIdentifier();
        HistoryHead head = aggregate.historyHead();
        TreeMap<Long, HistoryEntry> chain = new TreeMap<>();
        aggregate.embeddedHistory().forEach(entry -> chain.put(entry.sequence(), entry));
        for (OutboxEntry pending : aggregate.outbox()) {
            if (pending.history() != null) {
                chain.put(pending.history().sequence(), pending.history());
            }
        }
        if (id != null) {
            Query query = Query.query(Criteria.where("aggregateType").is(entity.getCollection())
                    .and("aggregateId").is(String.valueOf(id))).with(Sort.by("sequence"));
            // What is stored is what counts: it replaces a link still pending in the outbox.
            mongo.find(query, Document.class, COLLECTION).forEach(stored -> {
                HistoryEntry entry = toEntry(stored);
                chain.put(entry.sequence(), entry);
            });
        }
        // A change saved after the aggregate was read may already be stored: it is not part of this version.
        List<HistoryEntry> entries = chain.headMap(head.sequence(), true).values().stream().toList();
        Long broken = ChangeHistory.firstBrokenSequence(entries, head).orElse(null);
        return new VerifiedHistory(entries, broken);
    }

    /** The upsert that stores one link once: an existing document for the event id is left as it is. */
    static Update insertOnly(String aggregateType, String aggregateId, Document link) {
        Update update = new Update().setOnInsert("aggregateType", aggregateType)
                .setOnInsert("aggregateId", aggregateId);
        for (String field : List.of("sequence", "at", "actor", "action", "data", "previousHash", "hash")) {
            update.setOnInsert(field, link.get(field));
        }
        return update;
    }

    static HistoryEntry toEntry(Document raw) {
        Number sequence = raw.get("sequence", Number.class);
        Date at = raw.getDate("at");
        return new HistoryEntry(sequence == null ? 0 : sequence.longValue(), at == null ? null : at.toInstant(),
                raw.getString("actor"), raw.getString("action"), raw.getString("data"), raw.getString("previousHash"),
                raw.getString("hash"));
    }

    static void createIndexes(MongoTemplate mongo) {
        try {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("aggregateType", Sort.Direction.ASC)
                    .on("aggregateId", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC).unique()
                    .named("aggregate_sequence"));
        } catch (RuntimeException e) {
            log.warn("Cannot create the unique index on {}: {}", COLLECTION, e.toString());
        }
    }
}
