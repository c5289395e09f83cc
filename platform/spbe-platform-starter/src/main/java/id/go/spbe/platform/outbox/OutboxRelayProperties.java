package id.go.spbe.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param enabled     whether this instance publishes outbox entries
 * @param interval    how often to look for unpublished entries when nothing wakes the relay earlier
 * @param batchSize   aggregates handled per collection and round
 * @param sendTimeout how long to wait for the broker's acknowledgement of one event
 */
@ConfigurationProperties("spbe.events.relay")
public record OutboxRelayProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration interval,
        @DefaultValue("100") int batchSize, @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("7d") Duration sentRetention) {
}
