package id.go.spbe.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Buckets kept in Redis by Spring Cloud Gateway's {@link RedisRateLimiter} (an atomic Lua script), so that all
 * gateway replicas share one count per caller. When Redis cannot be reached the gateway's limiter lets requests
 * through rather than failing them: availability of the platform wins over the limit.
 */
public class RedisBackedRateLimiter implements RateLimiter {

    /** One policy for the whole gateway: a caller's budget is shared by all routes. */
    static final String POLICY = "spbe-gateway";

    private final RedisRateLimiter redis;
    private final Duration retryAfter;

    public RedisBackedRateLimiter(RedisRateLimiter redis, int replenishRate, int burstCapacity) {
        this.redis = redis;
        this.redis.getConfig().put(POLICY, new RedisRateLimiter.Config()
                .setReplenishRate(replenishRate)
                .setBurstCapacity(burstCapacity)
                .setRequestedTokens(1));
        // The script does not say when the next token comes; one token takes 1/rate seconds.
        this.retryAfter = Duration.ofNanos((long) Math.ceil(1e9 / replenishRate));
    }

    @Override
    public Mono<RateLimitDecision> tryAcquire(String callerKey) {
        return redis.isAllowed(POLICY, callerKey).map(response -> {
            long remaining = parse(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER));
            return response.isAllowed() ? RateLimitDecision.allow(remaining) : RateLimitDecision.refuse(retryAfter);
        });
    }

    private static long parse(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
