package id.go.spbe.platform.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param attempts total delivery attempts before a record goes to {@code <topic>.dlt}
 * @param backoff  pause between attempts
 */
@ConfigurationProperties("spbe.events.consumer")
public record DeadLetterProperties(@DefaultValue("4") int attempts, @DefaultValue("500ms") Duration backoff) {
}
