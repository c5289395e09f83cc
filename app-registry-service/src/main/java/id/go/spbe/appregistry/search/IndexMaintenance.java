package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.domain.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Fills the index from Mongo at start-up, in the background, and then catches up periodically with applications
 * whose {@code updatedAt} is after the previous pass (less a margin). Saves through Spring Data are indexed at once by
 * {@link IndexOnSave}; the catch-up is what makes several replicas converge on each other's writes. Both run as the
 * platform job {@link IndexCatchUpJob}.
 */
@Component
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    private static final int REFRESH_EVERY = 1000;

    private final ApplicationIndex index;
    private final MongoTemplate mongo;
    private final SearchProperties properties;
    private final Clock clock;
    private volatile boolean ready;
    private volatile Instant watermark;
    private volatile Duration lastRebuild;

    IndexMaintenance(ApplicationIndex index, MongoTemplate mongo, SearchProperties properties, Clock clock) {
        this.index = index;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the start-up rebuild has completed (the readiness of the search index). */
    public boolean ready() {
        return ready;
    }

    public Duration lastRebuild() {
        return lastRebuild;
    }

    /** Indexes every application; returns how many were read. */
    public synchronized int rebuild() {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        int read = load(new Query());
        lastRebuild = Duration.ofNanos(System.nanoTime() - t0);
        watermark = started;
        ready = true;
        log.info("search index rebuilt: {} applications in {} ms", read, lastRebuild.toMillis());
        return read;
    }

    /** Re-indexes applications changed since the last pass; returns how many were read. */
    public synchronized int catchUp() {
        if (!ready) {
            return rebuild();
        }
        Instant started = clock.instant();
        int read = load(Query.query(Criteria.where("updatedAt").gte(watermark.minus(properties.catchUpMargin()))));
        watermark = started;
        return read;
    }

    private int load(Query query) {
        query.fields().include(IndexedApplication.SOURCE_FIELDS);
        int read = 0;
        try (Stream<Application> applications = mongo.stream(query, Application.class)) {
            for (Application app : (Iterable<Application>) applications::iterator) {
                index.put(IndexedApplication.of(app));
                if (++read % REFRESH_EVERY == 0) {
                    index.refresh(); // searchable piece by piece while a large rebuild runs
                }
            }
        }
        index.refresh();
        return read;
    }
}
