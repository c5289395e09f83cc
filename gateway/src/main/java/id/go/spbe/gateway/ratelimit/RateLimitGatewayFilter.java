package id.go.spbe.gateway.ratelimit;

import id.go.spbe.gateway.problem.Problem;
import id.go.spbe.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spends one token of the caller's budget per request; without one, answers 429 as a problem with
 * {@code Retry-After} (whole seconds). Every answer carries {@code X-RateLimit-Remaining} when it is known.
 *
 * <p>It runs before the circuit breaker, so a refused request never reaches a service and never counts as a
 * service failure; and after authentication, so that the caller is known.
 */
public class RateLimitGatewayFilter implements GatewayFilter, Ordered {

    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    /** Before the circuit breaker filter, which has order 0 in the route. */
    static final int ORDER = -10;

    private final RateLimiter limiter;
    private final CallerKeyResolver callers;
    private final ProblemWriter problems;

    public RateLimitGatewayFilter(RateLimiter limiter, CallerKeyResolver callers, ProblemWriter problems) {
        this.limiter = limiter;
        this.callers = callers;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return callers.resolve(exchange)
                .flatMap(limiter::tryAcquire)
                .flatMap(decision -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    if (decision.remaining() >= 0) {
                        headers.set(REMAINING_HEADER, Long.toString(decision.remaining()));
                    }
                    if (decision.allowed()) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
                    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    return problems.write(exchange, Problem.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            "Too Many Requests",
                            "Batas jumlah permintaan terlampaui. Silakan coba lagi dalam " + seconds + " detik.",
                            ProblemWriter.instanceOf(exchange)));
                });
    }
}
