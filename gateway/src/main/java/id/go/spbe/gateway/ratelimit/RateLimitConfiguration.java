package id.go.spbe.gateway.ratelimit;

import id.go.spbe.gateway.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the rate-limit backend from {@code spbe.gateway.rate-limit.backend}. Redis is always on the classpath
 * but only touched with {@code backend=redis}: its client connects lazily, so with the default in-memory backend
 * the gateway starts and runs without any Redis.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties, ObjectProvider<RedisRateLimiter> redis) {
        return switch (properties.backend()) {
            case MEMORY -> new InMemoryRateLimiter(properties.replenishRate(), properties.burstCapacity(),
                    properties.maxKeys());
            case REDIS -> new RedisBackedRateLimiter(redis.getIfAvailable(() -> {
                throw new IllegalStateException("spbe.gateway.rate-limit.backend=redis, but Spring Cloud Gateway's "
                        + "RedisRateLimiter is not configured (spring.cloud.gateway.server.webflux.redis.enabled)");
            }), properties.replenishRate(), properties.burstCapacity());
        };
    }

    @Bean
    RateLimitGatewayFilter rateLimitGatewayFilter(RateLimiter rateLimiter, ProblemWriter problems) {
        return new RateLimitGatewayFilter(rateLimiter, new CallerKeyResolver(), problems);
    }
}
