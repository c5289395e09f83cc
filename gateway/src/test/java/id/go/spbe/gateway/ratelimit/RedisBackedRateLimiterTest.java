package id.go.spbe.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RedisBackedRateLimiterTest {

    /** Stands in for the Lua script: answers what it is told and records what it was asked. */
    static final class ScriptedRedisRateLimiter extends RedisRateLimiter {
        final List<String> calls = new ArrayList<>();
        Response next;

        ScriptedRedisRateLimiter() {
            super(1, 1);
        }

        @Override
        public Mono<Response> isAllowed(String routeId, String id) {
            calls.add(routeId + "|" + id);
            return Mono.just(next);
        }
    }

    @Test
    void oneGatewayWidePolicyCarriesTheConfiguredRateAndBurst() {
        ScriptedRedisRateLimiter redis = new ScriptedRedisRateLimiter();

        new RedisBackedRateLimiter(redis, 50, 100);

        RedisRateLimiter.Config policy = redis.getConfig().get(RedisBackedRateLimiter.POLICY);
        assertThat(policy.getReplenishRate()).isEqualTo(50);
        assertThat(policy.getBurstCapacity()).isEqualTo(100);
        assertThat(policy.getRequestedTokens()).isEqualTo(1);
    }

    @Test
    void anAllowedAnswerCarriesTheRemainingTokens() {
        ScriptedRedisRateLimiter redis = new ScriptedRedisRateLimiter();
        RedisBackedRateLimiter limiter = new RedisBackedRateLimiter(redis, 50, 100);
        redis.next = new Response(true, Map.of(RedisRateLimiter.REMAINING_HEADER, "42"));

        assertThat(limiter.tryAcquire("user:a").block()).isEqualTo(RateLimitDecision.allow(42));
        assertThat(redis.calls).containsExactly("spbe-gateway|user:a");
    }

    @Test
    void aRefusalSaysWhenTheNextTokenComes() {
        ScriptedRedisRateLimiter redis = new ScriptedRedisRateLimiter();
        RedisBackedRateLimiter limiter = new RedisBackedRateLimiter(redis, 4, 10);
        redis.next = new Response(false, Map.of(RedisRateLimiter.REMAINING_HEADER, "0"));

        assertThat(limiter.tryAcquire("client:opd-x").block())
                .isEqualTo(RateLimitDecision.refuse(Duration.ofMillis(250)));
    }

    @Test
    void whenRedisIsUnreachableTheRemainingCountIsUnknownButTheRequestPasses() {
        // RedisRateLimiter answers allowed with remaining -1 when the script fails
        ScriptedRedisRateLimiter redis = new ScriptedRedisRateLimiter();
        RedisBackedRateLimiter limiter = new RedisBackedRateLimiter(redis, 4, 10);
        redis.next = new Response(true, Map.of(RedisRateLimiter.REMAINING_HEADER, "-1"));

        RateLimitDecision decision = limiter.tryAcquire("user:a").block();
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.remaining()).isNegative();
    }
}
