package id.go.spbe.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Takes one token from a caller's bucket, if there is one. */
public interface RateLimiter {

    Mono<RateLimitDecision> tryAcquire(String callerKey);
}
