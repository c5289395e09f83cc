package id.go.spbe.platform.autoconfigure;

import id.go.spbe.platform.messaging.DeadLetterProperties;
import id.go.spbe.platform.messaging.EventInbox;
import id.go.spbe.platform.opd.OpdEventsListener;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.outbox.CloudEventWriter;
import id.go.spbe.platform.outbox.OutboxRelay;
import id.go.spbe.platform.outbox.OutboxRelayProperties;
import id.go.spbe.platform.outbox.OutboxStampingCallback;
import id.go.spbe.platform.outbox.OutboxWakeUpCallback;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import id.go.spbe.platform.security.CallerResolver;
import id.go.spbe.platform.security.SpbeSecurityProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events between services: the outbox embedded in aggregates and its relay to Kafka, the idempotent inbox for
 * consumers, bounded retries then {@code <topic>.dlt}, and the OPD read model every consumer of the directory keeps.
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class,
        SpbeSchedulingAutoConfiguration.class})
@EnableConfigurationProperties({OutboxRelayProperties.class, DeadLetterProperties.class,
        SpbeSecurityProperties.class})
public class SpbeEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CallerResolver callerResolver(SpbeSecurityProperties properties) {
        return new CallerResolver(properties);
    }

    @Bean
    public CloudEventWriter cloudEventWriter(JsonMapper json, @Value("${spring.application.name}") String name) {
        return new CloudEventWriter(json, name);
    }

    @Bean
    public OutboxStampingCallback outboxStampingCallback(JsonMapper json, CallerResolver callers,
            ObjectProvider<Tracer> tracer) {
        return new OutboxStampingCallback(json, callers, tracer);
    }

    @Bean
    public OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, CloudEventWriter writer,
            OutboxRelayProperties properties, MeterRegistry meters, ScheduledJobs jobs) {
        return new OutboxRelay(mongo, kafka, writer, properties, meters, jobs);
    }

    @Bean
    public ChangeHistoryLog changeHistoryLog(MongoTemplate mongo) {
        return new ChangeHistoryLog(mongo);
    }

    @Bean
    public OutboxWakeUpCallback outboxWakeUpCallback(ObjectProvider<OutboxRelay> relay) {
        return new OutboxWakeUpCallback(relay);
    }

    @Bean
    public EventInbox eventInbox(MongoTemplate mongo, JsonMapper json, MeterRegistry meters) {
        return new EventInbox(mongo, json, meters);
    }

    /** Services other than the directory's owner keep a local OPD read model (G1). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "spbe.opd-reference.enabled", havingValue = "true", matchIfMissing = true)
    static class OpdReferenceConfiguration {

        @Bean
        public OpdReferences opdReferences(MongoTemplate mongo) {
            return new OpdReferences(mongo);
        }

        @Bean
        public OpdEventsListener opdEventsListener(MongoTemplate mongo) {
            return new OpdEventsListener(mongo);
        }
    }
}
