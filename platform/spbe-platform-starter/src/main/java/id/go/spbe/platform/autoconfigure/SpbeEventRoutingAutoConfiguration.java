package id.go.spbe.platform.autoconfigure;

import id.go.spbe.platform.messaging.DeadLetterProperties;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventDispatcher;
import id.go.spbe.platform.messaging.EventInbox;
import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.platform.messaging.MalformedEventException;
import id.go.spbe.platform.messaging.TypedEventListeners;
import id.go.spbe.platform.messaging.deadletter.DeadLetterController;
import id.go.spbe.platform.messaging.deadletter.DeadLetterRecorder;
import id.go.spbe.platform.messaging.deadletter.DeadLetters;
import id.go.spbe.platform.security.CallerResolver;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Typed event consumers ({@link EventRoutes}) and dead letters: bounded retries, then the record is stored in the
 * service's {@code dead_letters} collection and published to {@code <topic>.dlt}; Dinas administrators operate them
 * under {@code /api/v1/admin/dead-letters}. Runs before {@link SpbeEventsAutoConfiguration}, whose plain
 * dead-letter error handler then backs off.
 */
@AutoConfiguration(before = SpbeEventsAutoConfiguration.class,
        after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(DeadLetterProperties.class)
public class SpbeEventRoutingAutoConfiguration {

    @Bean
    public EventDispatcher eventDispatcher(EventInbox inbox, ObjectProvider<Validator> validator,
            MeterRegistry meters) {
        return new EventDispatcher(inbox, validator.getIfAvailable(), meters);
    }

    @Bean
    public TypedEventListeners typedEventListeners(ObjectProvider<EventRoutes> routes,
            ObjectProvider<EventConsumer> consumers, EventDispatcher dispatcher,
            @Value("${spring.application.name}") String applicationName) {
        return new TypedEventListeners(() -> {
            List<EventRoutes> all = new ArrayList<>();
            Stream.concat(routes.orderedStream(), consumers.orderedStream().map(EventConsumer::routes))
                    .forEach(all::add);
            return all;
        }, dispatcher, applicationName);
    }

    @Bean
    public DeadLetterRecorder deadLetterRecorder(MongoTemplate mongo, KafkaTemplate<String, String> kafka,
            JsonMapper json, ObjectProvider<Clock> clock, MeterRegistry meters) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(DeadLetterRecorder.deadLetterTopic(record.topic()), -1));
        return new DeadLetterRecorder(mongo, publisher, json, clock.getIfAvailable(Clock::systemUTC), meters);
    }

    /** Retries a failing record a few times, then records and parks it, so the partition moves on. */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    public DefaultErrorHandler spbeKafkaErrorHandler(DeadLetterRecorder recorder, DeadLetterProperties properties) {
        DefaultErrorHandler handler = new DefaultErrorHandler(recorder,
                new FixedBackOff(properties.backoff().toMillis(), Math.max(0, properties.attempts() - 1)));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    @Bean
    public DeadLetters deadLetters(MongoTemplate mongo, KafkaTemplate<String, String> kafka,
            ObjectProvider<Clock> clock) {
        return new DeadLetters(mongo, kafka, clock.getIfAvailable(Clock::systemUTC));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(name = "spbe.events.dead-letters.admin.enabled", havingValue = "true",
            matchIfMissing = true)
    static class DeadLetterAdminConfiguration {

        @Bean
        public DeadLetterController deadLetterController(DeadLetters deadLetters, CallerResolver callers) {
            return new DeadLetterController(deadLetters, callers);
        }
    }
}
