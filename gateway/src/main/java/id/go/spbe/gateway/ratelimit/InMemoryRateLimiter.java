package id.go.spbe.gateway.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller, kept in this JVM. Right for one gateway replica; with several, each replica counts
 * separately (use the Redis backend).
 *
 * <p>Memory is bounded two ways. A bucket left alone long enough to refill completely is indistinguishable from
 * a new one, so it is dropped (swept at most once per refill period). And at most {@code maxKeys} callers are
 * tracked: beyond that, new callers share a single overflow bucket until the sweep frees room, which keeps them
 * limited (strictly) instead of unlimited while a flood of addresses lasts.
 */
public class InMemoryRateLimiter implements RateLimiter {

    static final String OVERFLOW_KEY = "\u0000overflow";
    private static final Logger log = LoggerFactory.getLogger(InMemoryRateLimiter.class);
    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final double replenishPerNano;
    private final double capacity;
    private final int maxKeys;
    private final long fullRefillNanos;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;
    private final AtomicBoolean overflowWarned = new AtomicBoolean();

    public InMemoryRateLimiter(int replenishRate, int burstCapacity, int maxKeys) {
        this(replenishRate, burstCapacity, maxKeys, System::nanoTime);
    }

    InMemoryRateLimiter(int replenishRate, int burstCapacity, int maxKeys, LongSupplier nanoClock) {
        if (replenishRate < 1 || burstCapacity < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("replenish rate, burst capacity and max keys must be positive");
        }
        this.replenishPerNano = (double) replenishRate / NANOS_PER_SECOND;
        this.capacity = burstCapacity;
        this.maxKeys = maxKeys;
        this.fullRefillNanos = (long) Math.ceil(capacity / replenishPerNano);
        this.nanoClock = nanoClock;
        this.lastSweep = new AtomicLong(nanoClock.getAsLong());
    }

    @Override
    public Mono<RateLimitDecision> tryAcquire(String callerKey) {
        return Mono.fromSupplier(() -> acquire(callerKey));
    }

    RateLimitDecision acquire(String callerKey) {
        long now = nanoClock.getAsLong();
        sweepIfDue(now);
        String key = buckets.containsKey(callerKey) || buckets.size() < maxKeys ? callerKey : overflow();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, replenishPerNano, capacity);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return RateLimitDecision.allow((long) bucket.tokens);
            }
            long waitNanos = (long) Math.ceil((1 - bucket.tokens) / replenishPerNano);
            return RateLimitDecision.refuse(Duration.ofNanos(waitNanos));
        }
    }

    /** Callers currently tracked. */
    int trackedKeys() {
        return buckets.size();
    }

    private String overflow() {
        if (overflowWarned.compareAndSet(false, true)) {
            log.warn("Rate limiter tracks {} callers (spbe.gateway.rate-limit.max-keys); new callers share one "
                    + "bucket until idle ones expire", maxKeys);
        }
        return OVERFLOW_KEY;
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last < fullRefillNanos || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        // A request racing with the removal may still take a token from the dropped (full) bucket: one free
        // request at most, not worth a lock around the whole map.
        buckets.entrySet().removeIf(entry -> {
            Bucket bucket = entry.getValue();
            synchronized (bucket) {
                return now - bucket.lastRefill >= fullRefillNanos;
            }
        });
        if (buckets.size() < maxKeys) {
            overflowWarned.set(false);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long lastRefill;

        private Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastRefill = now;
        }

        private void refill(long now, double perNano, double capacity) {
            long elapsed = now - lastRefill;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + elapsed * perNano);
                lastRefill = now;
            }
        }
    }
}
