package id.go.spbe.platform.outbox;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.domain.OutboxEntry;
import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Publishes the outbox entries of every aggregate collection to Kafka, in order per aggregate, appends their history
 * links to the {@value ChangeHistoryLog#COLLECTION} collection, and removes each entry from its document once the
 * broker has acknowledged it (idempotent producer, acks=all). Two jobs on the platform scheduler drive it:
 * <ul>
 *   <li>{@value #WAKE_UP_JOB}: runs right after a save on this instance and relays exactly the saved documents, by
 *       {@code _id} (no collection scan, so the latency does not grow with the collection — defect 12);</li>
 *   <li>{@value #SWEEP_JOB}: every {@code spbe.events.relay.interval}, under a lease so one replica at a time, scans
 *       each aggregate collection for pending entries (left by a crash, another replica or a failed send) through a
 *       partial index on {@code outbox.eventId}.</li>
 * </ul>
 *
 * <p>History: the entry's link was computed when the change was written (same document write, so no dual write);
 * the relay upserts it by event id before it removes the entry, so replaying the same entry writes one history
 * document. A unique index on (aggregate type, aggregate id, sequence) refuses a second entry for a link.
 *
 * <p>A save writes the whole aggregate document, outbox included, so a request that loaded the aggregate before the
 * relay removed an entry writes that entry back. The relay therefore records every published event id in
 * {@value #SENT_COLLECTION} and drops such resurrected entries without publishing them again.
 *
 * <p>Delivery is still at-least-once: a crash between the acknowledgement and the marker, or two replicas relaying the
 * same document at once, can publish an event twice; consumers ignore repeats by event id ({@code EventInbox}).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** Ids of published events, kept for {@code spbe.events.relay.sent-retention} (TTL index on {@code sentAt}). */
    public static final String SENT_COLLECTION = "outbox_sent";
    public static final String SWEEP_JOB = "outbox-relay";
    public static final String WAKE_UP_JOB = "outbox-relay-wake-up";
    /** The pending-entry field the relay queries and indexes. */
    static final String PENDING_FIELD = "outbox.eventId";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final CloudEventWriter writer;
    private final OutboxRelayProperties properties;
    private final ScheduledJobs jobs;
    private final Counter published;
    private final Counter failures;
    private final AtomicInteger pending = new AtomicInteger();
    /** Documents saved on this instance with new entries, by collection, waiting for the wake-up job. */
    private final Map<String, Set<Object>> saved = new ConcurrentHashMap<>();
    /** One relay pass at a time on this instance, so one aggregate's entries are never sent by two passes at once. */
    private final ReentrantLock relaying = new ReentrantLock();
    private volatile boolean brokerHealthy = true;
    private volatile boolean running;
    private ScheduledJob sweep;
    private ScheduledJob wakeUpJob;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, CloudEventWriter writer,
            OutboxRelayProperties properties, MeterRegistry meters, ScheduledJobs jobs) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.writer = writer;
        this.properties = properties;
        this.jobs = jobs;
        this.published = Counter.builder("spbe.events.published").description("Events published from the outbox")
                .register(meters);
        this.failures = Counter.builder("spbe.events.publish.failures")
                .description("Outbox publish attempts that failed and will be retried").register(meters);
        meters.gauge("spbe.outbox.pending", pending);
    }

    /** Asks for a full relay round now. */
    public void wakeUp() {
        if (sweep != null) {
            sweep.trigger();
        }
    }

    /** Asks for the saved document {@code id} of {@code collection} to be relayed now (called after a save). */
    public void wakeUp(String collection, Object id) {
        if (id == null) {
            wakeUp();
            return;
        }
        saved.computeIfAbsent(collection, c -> ConcurrentHashMap.newKeySet()).add(id);
        if (wakeUpJob != null) {
            wakeUpJob.trigger();
        }
    }

    /**
     * One round over all aggregate collections; returns the number of events published (or dropped as already
     * published). Public so tests and operators can drain the outbox deterministically.
     */
    public int relayOnce() {
        return sweepOnce().sent();
    }

    /** A sweep round: what it published, and whether a collection had more pending than one batch. */
    private record SweepResult(int sent, boolean more) {
    }

    private SweepResult sweepOnce() {
        int sent = 0;
        int stillPending = 0;
        boolean more = false;
        for (String collection : aggregateCollections()) {
            // The scan runs outside the relay lock: on a large collection it is the slow part.
            Query query = new Query(Criteria.where(PENDING_FIELD).exists(true)).limit(properties.batchSize());
            query.fields().include("_id");
            List<Object> ids = mongo.find(query, Document.class, collection).stream().map(d -> d.get("_id"))
                    .toList();
            RoundResult result = relayDocuments(collection, ids);
            sent += result.sent();
            stillPending += result.left();
            more = more || ids.size() >= properties.batchSize();
        }
        pending.set(stillPending);
        return new SweepResult(sent, more);
    }

    /** Relays the documents saved on this instance since the last call; returns the number of events published. */
    public int relaySaved() {
        int sent = 0;
        for (String collection : List.copyOf(saved.keySet())) {
            Set<Object> waiting = saved.get(collection);
            List<Object> ids = new ArrayList<>();
            for (Object id : List.copyOf(waiting)) {
                waiting.remove(id);
                ids.add(id);
            }
            sent += relayDocuments(collection, ids).sent();
        }
        return sent;
    }

    private record RoundResult(int sent, int left) {
    }

    /** One document's entries in order, each either already published or with its send in flight. */
    private record Dispatch(Object documentId, List<OutboxEntry> entries, List<CompletableFuture<?>> sends,
            Exception failure) {
    }

    private RoundResult relayDocuments(String collection, Collection<Object> ids) {
        if (ids.isEmpty()) {
            return new RoundResult(0, 0);
        }
        relaying.lock();
        try {
            // Read again under the lock: another pass may have published some of these entries meanwhile.
            Query query = Query.query(Criteria.where("_id").in(new LinkedHashSet<>(ids)));
            query.fields().include("_id", "outbox");
            List<Document> documents = mongo.find(query, Document.class, collection).stream()
                    .filter(d -> !d.getList("outbox", Document.class, List.of()).isEmpty()).toList();
            if (documents.isEmpty()) {
                return new RoundResult(0, 0);
            }
            appendHistory(collection, documents);
            Set<String> alreadySent = alreadySent(documents);
            // Dispatch every document's entries first and wait afterwards: the producer keeps the order within a
            // key (idempotence, at most 5 requests in flight), and one round trip serves the whole batch.
            List<Dispatch> dispatches = new ArrayList<>();
            boolean brokerReachable = true;
            for (Document document : documents) {
                Dispatch dispatch = dispatch(document, alreadySent, brokerReachable);
                brokerReachable = brokerReachable && dispatch.failure() == null;
                dispatches.add(dispatch);
            }
            // Await every send, then mark the whole batch in two bulk writes (the markers, then one pull per
            // document) instead of two writes per document: 10,000 events were 20,000 round trips.
            List<Settled> settled = dispatches.stream().map(this::settle).toList();
            List<OutboxEntry> publishedNow = settled.stream().flatMap(s -> s.publishedNow().stream()).toList();
            if (!publishedNow.isEmpty()) {
                // Markers first: should the pulls fail, a save writing an entry back finds it marked and drops it.
                markSent(publishedNow);
            }
            removeDone(collection, settled);
            published.increment(publishedNow.size());
            int sent = 0;
            int left = 0;
            for (Settled s : settled) {
                sent += s.done().size();
                left += s.left();
            }
            return new RoundResult(sent, left);
        } finally {
            relaying.unlock();
        }
    }

    /**
     * Upserts the history links the entries carry, keyed by event id, before any entry can be removed: a replayed
     * entry finds its link already there and changes nothing.
     */
    private void appendHistory(String collection, List<Document> documents) {
        BulkOperations bulk = null;
        for (Document document : documents) {
            String aggregateId = String.valueOf(document.get("_id"));
            for (Document raw : document.getList("outbox", Document.class, List.of())) {
                Document link = raw.get("history", Document.class);
                if (link == null) {
                    continue; // written before the history left the aggregate: its link is embedded there
                }
                if (bulk == null) {
                    bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ChangeHistoryLog.COLLECTION);
                }
                bulk.upsert(Query.query(Criteria.where("_id").is(raw.getString("eventId"))),
                        ChangeHistoryLog.insertOnly(collection, aggregateId, link));
            }
        }
        if (bulk == null) {
            return;
        }
        try {
            bulk.execute();
        } catch (DuplicateKeyException e) {
            existingLinks(e.getMostSpecificCause().getMessage());
        } catch (BulkOperationException e) {
            // Unordered: every other link was written. Only duplicates are acceptable here.
            if (!e.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw e;
            }
            existingLinks(e.getErrors().get(0).getMessage());
        }
    }

    /**
     * Two replicas upserting the same event id at once (harmless), or an entry claiming a link another event holds:
     * the chain's verification reports the latter. Either way the relay goes on.
     */
    private static void existingLinks(String detail) {
        log.warn("History append met an existing entry: {}", detail);
    }

    private Dispatch dispatch(Document document, Set<String> alreadySent, boolean brokerReachable) {
        List<OutboxEntry> entries = document.getList("outbox", Document.class, List.of()).stream()
                .map(OutboxRelay::toEntry).toList();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        if (!brokerReachable) {
            return new Dispatch(document.get("_id"), entries, sends, null);
        }
        for (OutboxEntry entry : entries) {
            if (alreadySent.contains(entry.eventId())) {
                sends.add(CompletableFuture.completedFuture(null));
                continue;
            }
            try {
                sends.add(kafka.send(record(entry)));
            } catch (RuntimeException e) {
                // The producer could not even accept the record (e.g. no broker metadata): stop this round.
                return new Dispatch(document.get("_id"), entries, sends, e);
            }
        }
        return new Dispatch(document.get("_id"), entries, sends, null);
    }

    /** What one document's sends came to: the acknowledged prefix, the events published by it, what is left. */
    private record Settled(Object documentId, List<String> done, List<OutboxEntry> publishedNow, int left) {
    }

    /**
     * Waits for one document's sends in order. Only the acknowledged prefix counts as done: an entry after a failed
     * or unattempted send stays, with everything after it, so the aggregate's order holds on the next round.
     */
    private Settled settle(Dispatch dispatch) {
        List<String> done = new ArrayList<>();
        List<OutboxEntry> publishedNow = new ArrayList<>();
        Exception failure = null;
        for (int i = 0; i < dispatch.sends().size(); i++) {
            try {
                Object result = dispatch.sends().get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                done.add(dispatch.entries().get(i).eventId());
                if (result != null) {
                    publishedNow.add(dispatch.entries().get(i));
                }
            } catch (Exception e) {
                failure = e;
                break;
            }
        }
        if (failure == null) {
            failure = dispatch.failure();
        }
        int left = dispatch.entries().size() - done.size();
        if (failure != null || left > 0) {
            onFailure(dispatch.entries().get(done.size()), failure);
        } else if (!brokerHealthy && !done.isEmpty()) {
            log.info("Outbox relay publishes again");
            brokerHealthy = true;
        }
        return new Settled(dispatch.documentId(), done, publishedNow, left);
    }

    /**
     * Pulls the done entries out of their documents: one bulk write per collection and pass, one update per document
     * (by {@code _id}, pulling exactly the done event ids, so an entry saved meanwhile stays for the next pass).
     */
    private void removeDone(String collection, List<Settled> settled) {
        BulkOperations bulk = null;
        for (Settled s : settled) {
            if (s.done().isEmpty()) {
                continue;
            }
            if (bulk == null) {
                bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            }
            bulk.updateOne(Query.query(Criteria.where("_id").is(s.documentId())),
                    new Update().pull("outbox", new Document("eventId", new Document("$in", s.done()))));
        }
        if (bulk != null) {
            bulk.execute();
        }
    }

    private void onFailure(OutboxEntry entry, Exception failure) {
        if (failure == null) {
            return; // not attempted this round because an earlier send failed
        }
        // Keep per-aggregate order: this aggregate's remaining entries wait for the next round.
        failures.increment();
        if (brokerHealthy) {
            log.warn("Outbox relay cannot publish {} {} to {}: {}; will retry", entry.type(), entry.eventId(),
                    entry.topic(), failure.toString());
            brokerHealthy = false;
        }
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
    }

    private ProducerRecord<String, String> record(OutboxEntry entry) {
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic(), entry.key(), writer.write(entry));
        record.headers().add("content-type", CloudEventWriter.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        if (entry.traceparent() != null) {
            record.headers().add("traceparent", entry.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private Set<String> alreadySent(List<Document> documents) {
        List<String> ids = documents.stream()
                .flatMap(document -> document.getList("outbox", Document.class, List.of()).stream())
                .map(raw -> raw.getString("eventId")).toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("_id");
        return mongo.find(query, Document.class, SENT_COLLECTION).stream().map(d -> d.getString("_id"))
                .collect(Collectors.toSet());
    }

    private void createIndexes() {
        try {
            mongo.indexOps(SENT_COLLECTION).createIndex(new Index().on("sentAt", Sort.Direction.ASC)
                    .expire(properties.sentRetention()));
        } catch (RuntimeException e) {
            log.warn("Cannot create the TTL index on {}: {}; markers are kept until removed", SENT_COLLECTION,
                    e.toString());
        }
        for (String collection : aggregateCollections()) {
            try {
                // Only documents with pending entries are in this index, so the sweep's query costs what is
                // pending, not the size of the collection.
                mongo.indexOps(collection).createIndex(new Index().on(PENDING_FIELD, Sort.Direction.ASC)
                        .named("outbox_pending")
                        .partial(PartialIndexFilter.of(Criteria.where(PENDING_FIELD).exists(true))));
            } catch (RuntimeException e) {
                log.warn("Cannot create the pending-outbox index on {}: {}", collection, e.toString());
            }
        }
        ChangeHistoryLog.createIndexes(mongo);
    }

    private void markSent(List<OutboxEntry> entries) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, SENT_COLLECTION);
        Date now = new Date();
        for (OutboxEntry entry : entries) {
            bulk.upsert(Query.query(Criteria.where("_id").is(entry.eventId())),
                    new Update().setOnInsert("sentAt", now).setOnInsert("topic", entry.topic()));
        }
        bulk.execute();
    }

    static OutboxEntry toEntry(Document raw) {
        Date occurred = raw.getDate("occurredAt");
        Document link = raw.get("history", Document.class);
        return new OutboxEntry(raw.getString("eventId"), raw.getString("type"), raw.getString("topic"),
                raw.getString("key"), raw.getString("opd"), occurred == null ? null : occurred.toInstant(),
                raw.getString("traceparent"), raw.getString("data"), raw.getString("actor"),
                link == null ? null : ChangeHistoryLog.toEntry(link));
    }

    private List<String> aggregateCollections() {
        return mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .filter(entity -> AggregateRoot.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
    }

    @Override
    public void start() {
        if (!properties.enabled() || running) {
            return;
        }
        running = true;
        createIndexes();
        if (wakeUpJob == null) {
            // Registered once; the registrar pauses and resumes them with the context.
            wakeUpJob = jobs.job(WAKE_UP_JOB).onEveryInstance().onDemand().schedule(() -> {
                if (running) {
                    relaySaved();
                }
            });
            Duration lease = properties.sendTimeout().multipliedBy(3);
            sweep = jobs.job(SWEEP_JOB).every(properties.interval()).lease(lease).schedule(() -> sweepBacklog(lease));
        }
    }

    /**
     * One sweep run. A full batch that published something means more may wait (a backlog: 10,000 events of a plan
     * written while the relay was down), so the run goes on with the next batch instead of leaving one batch per
     * interval — for at most half its lease, so it never outlives it. Asking the job to run again would not do: the
     * lease stays held half an interval after a run, and the follow-up would be skipped. A round that published
     * nothing (broker down) ends the run.
     */
    private void sweepBacklog(Duration lease) {
        long until = System.nanoTime() + lease.dividedBy(2).toNanos();
        SweepResult round;
        do {
            if (!running) {
                return;
            }
            round = sweepOnce();
        } while (round.more() && round.sent() > 0 && System.nanoTime() < until);
    }

    @Override
    public void stop() {
        running = false;
        // Wait for a pass in progress, so no send is cut off while the clients close.
        try {
            if (relaying.tryLock(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                relaying.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stop before Kafka's and Mongo's clients are closed.
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
