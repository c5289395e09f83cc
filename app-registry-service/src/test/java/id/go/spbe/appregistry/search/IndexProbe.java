package id.go.spbe.appregistry.search;

import id.go.spbe.platform.search.IndonesianText;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;

/** Test access to the index's internals for the benchmark (which lives in another package). */
public final class IndexProbe {

    private IndexProbe() {
    }

    /** What a start-up rebuild costs: a fresh index filled from Mongo. */
    public record Rebuild(int applications, Duration took, long indexBytes) {
    }

    public static Rebuild rebuildFresh(IndonesianText text, MongoTemplate mongo, SearchProperties properties,
            Clock clock) throws Exception {
        ApplicationIndex fresh = new ApplicationIndex(text);
        try {
            IndexMaintenance maintenance = new IndexMaintenance(fresh, mongo, properties, clock);
            long t0 = System.nanoTime();
            int read = maintenance.rebuild();
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            return new Rebuild(read, took, fresh.sizeInBytes());
        } finally {
            fresh.destroy();
        }
    }

    public static long indexBytes(ApplicationIndex index) {
        return index.sizeInBytes();
    }

    public static int indexed(ApplicationIndex index) {
        return index.size();
    }
}
