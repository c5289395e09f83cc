package id.go.spbe.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryRateLimiterTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private void advance(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }

    @Test
    void aCallerMaySpendTheWholeBurstAtOnceAndIsThenRefused() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(2, 3, 100, clock::get);

        assertThat(limiter.acquire("user:a")).isEqualTo(RateLimitDecision.allow(2));
        assertThat(limiter.acquire("user:a")).isEqualTo(RateLimitDecision.allow(1));
        assertThat(limiter.acquire("user:a")).isEqualTo(RateLimitDecision.allow(0));

        RateLimitDecision refused = limiter.acquire("user:a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        // two tokens per second: the next one is half a second away
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void tokensComeBackAtTheReplenishRateButNeverBeyondTheBurst() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(2, 3, 100, clock::get);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("user:a");
        }

        advance(Duration.ofMillis(500));
        assertThat(limiter.acquire("user:a").allowed()).isTrue();
        assertThat(limiter.acquire("user:a").allowed()).isFalse();

        advance(Duration.ofHours(1));
        assertThat(limiter.acquire("user:a")).isEqualTo(RateLimitDecision.allow(2));
    }

    @Test
    void retryAfterShrinksAsTheNextTokenApproaches() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(1, 1, 100, clock::get);
        limiter.acquire("ip:10.0.0.1");

        advance(Duration.ofMillis(700));

        assertThat(limiter.acquire("ip:10.0.0.1").retryAfter()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void callersHaveSeparateBuckets() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(1, 1, 100, clock::get);

        assertThat(limiter.acquire("user:a").allowed()).isTrue();
        assertThat(limiter.acquire("user:a").allowed()).isFalse();
        assertThat(limiter.acquire("user:b").allowed()).isTrue();
        assertThat(limiter.acquire("client:opd-dinkes").allowed()).isTrue();
    }

    @Test
    void bucketsIdleLongEnoughToBeFullAreForgotten() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(10, 20, 100, clock::get);
        for (int i = 0; i < 50; i++) {
            limiter.acquire("ip:10.0.0." + i);
        }
        assertThat(limiter.trackedKeys()).isEqualTo(50);

        // 20 tokens at 10/s: after 2 s every bucket is full again, so indistinguishable from a new one
        advance(Duration.ofSeconds(2));
        limiter.acquire("user:fresh");

        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }

    @Test
    void beyondMaxKeysNewCallersShareOneBucketSoMemoryStaysBounded() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(1, 2, 3, clock::get);
        limiter.acquire("user:a");
        limiter.acquire("user:b");
        limiter.acquire("user:c");

        assertThat(limiter.acquire("user:d").allowed()).isTrue();
        assertThat(limiter.acquire("user:e").allowed()).isTrue();
        assertThat(limiter.acquire("user:f").allowed()).as("the shared overflow bucket is empty now").isFalse();
        assertThat(limiter.trackedKeys()).isEqualTo(4);
        // callers tracked before the limit keep their own budget
        assertThat(limiter.acquire("user:a").allowed()).isTrue();
    }

    @Test
    void theReactiveFaceGivesTheSameDecision() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(1, 1, 10, clock::get);

        assertThat(limiter.tryAcquire("user:a").block()).isEqualTo(RateLimitDecision.allow(0));
        assertThat(limiter.tryAcquire("user:a").block().allowed()).isFalse();
    }

    @Test
    void nonsensicalSettingsAreRejected() {
        assertThatThrownBy(() -> new InMemoryRateLimiter(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InMemoryRateLimiter(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void worksWithTheRealClock() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(1000, 1, 10);
        assertThat(limiter.acquire("user:a").allowed()).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        boolean allowedAgain = false;
        while (!allowedAgain && System.nanoTime() < deadline) {
            allowedAgain = limiter.acquire("user:a").allowed();
        }
        assertThat(allowedAgain).isTrue();
    }
}
