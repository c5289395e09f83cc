package id.go.spbe.gateway.ratelimit;

import java.time.Duration;

/**
 * The answer of a rate limiter for one request.
 *
 * @param allowed    whether the request may proceed
 * @param remaining  requests the caller may still make right now; negative when unknown
 * @param retryAfter when refused, how long until the next request would be allowed
 */
public record RateLimitDecision(boolean allowed, long remaining, Duration retryAfter) {

    public static RateLimitDecision allow(long remaining) {
        return new RateLimitDecision(true, remaining, Duration.ZERO);
    }

    public static RateLimitDecision refuse(Duration retryAfter) {
        return new RateLimitDecision(false, 0, retryAfter);
    }
}
