package id.go.spbe.platform.outbox;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.OutboxEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Publishes the outbox entries of every aggregate collection to Kafka, in order per aggregate, and removes each entry
 * from its document once the broker has acknowledged it (idempotent producer, acks=all). Runs on one background
 * thread, woken right after a save and otherwise every {@code spbe.events.relay.interval}.
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

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final CloudEventWriter writer;
    private final OutboxRelayProperties properties;
    private final Counter published;
    private final Counter failures;
    private final AtomicInteger pending = new AtomicInteger();
    private final Object signal = new Object();
    private volatile boolean wakeRequested;
    private volatile boolean running;
    private volatile boolean brokerHealthy = true;
    private Thread thread;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, CloudEventWriter writer,
            OutboxRelayProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.writer = writer;
        this.properties = properties;
        this.published = Counter.builder("spbe.events.published").description("Events published from the outbox")
                .register(meters);
        this.failures = Counter.builder("spbe.events.publish.failures")
                .description("Outbox publish attempts that failed and will be retried").register(meters);
        meters.gauge("spbe.outbox.pending", pending);
    }

    /** Asks for a relay round now (called after an aggregate with new events was saved). */
    public void wakeUp() {
        synchronized (signal) {
            wakeRequested = true;
            signal.notifyAll();
        }
    }

    /**
     * One round over all aggregate collections; returns the number of events published. Public so tests and
     * operators can drain the outbox deterministically.
     */
    public int relayOnce() {
        int sent = 0;
        int stillPending = 0;
        for (String collection : aggregateCollections()) {
            Query query = new Query(Criteria.where("outbox.0").exists(true)).limit(properties.batchSize());
            query.fields().include("_id", "outbox");
            List<Document> documents = mongo.find(query, Document.class, collection);
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
            for (Dispatch dispatch : dispatches) {
                RoundResult result = settle(collection, dispatch);
                sent += result.sent();
                stillPending += result.left();
            }
        }
        pending.set(stillPending);
        return sent;
    }

    private record RoundResult(int sent, int left) {
    }

    /** One document's entries in order, each either already published or with its send in flight. */
    private record Dispatch(Object documentId, List<OutboxEntry> entries, List<CompletableFuture<?>> sends,
            Exception failure) {
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

    /** Waits for the sends in order; the acknowledged prefix is marked sent and removed in one write each. */
    private RoundResult settle(String collection, Dispatch dispatch) {
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
        if (!publishedNow.isEmpty()) {
            markSent(publishedNow);
        }
        if (!done.isEmpty()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(dispatch.documentId())),
                    new Update().pull("outbox", new Document("eventId", new Document("$in", done))), collection);
        }
        published.increment(publishedNow.size());
        int left = dispatch.entries().size() - done.size();
        if (failure != null || left > 0) {
            onFailure(dispatch.entries().get(done.size()), failure);
        } else if (!brokerHealthy && !done.isEmpty()) {
            log.info("Outbox relay publishes again");
            brokerHealthy = true;
        }
        return new RoundResult(done.size(), left);
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

    private void expireSentMarkers() {
        try {
            mongo.indexOps(SENT_COLLECTION).createIndex(new Index().on("sentAt", Sort.Direction.ASC)
                    .expire(properties.sentRetention()));
        } catch (RuntimeException e) {
            log.warn("Cannot create the TTL index on {}: {}; markers are kept until removed", SENT_COLLECTION,
                    e.toString());
        }
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

    private static OutboxEntry toEntry(Document raw) {
        Date occurred = raw.getDate("occurredAt");
        return new OutboxEntry(raw.getString("eventId"), raw.getString("type"), raw.getString("topic"),
                raw.getString("key"), raw.getString("opd"), occurred == null ? null : occurred.toInstant(),
                raw.getString("traceparent"), raw.getString("data"));
    }

    private List<String> aggregateCollections() {
        return mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .filter(entity -> AggregateRoot.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
    }

    private void loop() {
        while (running) {
            try {
                relayOnce();
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("Outbox relay round failed: {}", e.toString());
            }
            synchronized (signal) {
                if (!wakeRequested && running) {
                    try {
                        signal.wait(properties.interval().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                wakeRequested = false;
            }
        }
    }

    @Override
    public void start() {
        if (!properties.enabled() || running) {
            return;
        }
        running = true;
        expireSentMarkers();
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
