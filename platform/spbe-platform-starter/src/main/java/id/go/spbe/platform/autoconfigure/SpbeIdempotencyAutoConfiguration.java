package id.go.spbe.platform.autoconfigure;

import id.go.spbe.platform.idempotency.IdempotencyFilter;
import id.go.spbe.platform.idempotency.IdempotencyProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * {@code Idempotency-Key} on POST for every service ({@link IdempotencyFilter}), stored in the service's own
 * {@code idempotency_keys} collection with a TTL index.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class SpbeIdempotencyAutoConfiguration {

    /** Spring Security's chain runs at -100: the caller is known here, and unauthorized requests never get here. */
    static final int ORDER = 0;

    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(MongoTemplate mongo, JsonMapper json,
            IdempotencyProperties properties, ObjectProvider<Clock> clock) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(mongo, json, properties, clock.getIfAvailable(Clock::systemUTC)));
        registration.setOrder(ORDER);
        return registration;
    }
}
