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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Set;
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
            for (Document document : mongo.find(query, Document.class, collection)) {
                RoundResult result = relayDocument(collection, document);
                sent += result.sent();
                stillPending += result.left();
            }
        }
        pending.set(stillPending);
        return sent;
    }

    private record RoundResult(int sent, int left) {
    }

    private RoundResult relayDocument(String collection, Document document) {
        List<Document> entries = document.getList("outbox", Document.class, List.of());
        Set<String> alreadySent = alreadySent(entries);
        int sent = 0;
        for (Document raw : entries) {
            OutboxEntry entry = toEntry(raw);
            if (alreadySent.contains(entry.eventId())) {
                remove(collection, document, entry);
                sent++;
                continue;
            }
            try {
                ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic(), entry.key(),
                        writer.write(entry));
                record.headers().add("content-type", CloudEventWriter.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                if (entry.traceparent() != null) {
                    record.headers().add("traceparent", entry.traceparent().getBytes(StandardCharsets.UTF_8));
                }
                kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // Keep per-aggregate order: stop at the first failure, retry this aggregate next round.
                failures.increment();
                if (brokerHealthy) {
                    log.warn("Outbox relay cannot publish {} {} to {}: {}; will retry", entry.type(), entry.eventId(),
                            entry.topic(), e.toString());
                    brokerHealthy = false;
                }
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return new RoundResult(sent, entries.size() - sent);
            }
            markSent(entry);
            remove(collection, document, entry);
            if (!brokerHealthy) {
                log.info("Outbox relay publishes again");
                brokerHealthy = true;
            }
            published.increment();
            sent++;
        }
        return new RoundResult(sent, 0);
    }

    private Set<String> alreadySent(List<Document> entries) {
        List<String> ids = entries.stream().map(raw -> raw.getString("eventId")).toList();
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

    private void markSent(OutboxEntry entry) {
        mongo.upsert(Query.query(Criteria.where("_id").is(entry.eventId())),
                new Update().setOnInsert("sentAt", new Date()).setOnInsert("topic", entry.topic()), SENT_COLLECTION);
    }

    private void remove(String collection, Document document, OutboxEntry entry) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
                new Update().pull("outbox", new Document("eventId", entry.eventId())), collection);
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
