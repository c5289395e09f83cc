package id.go.spbe.platform.messaging.deadletter;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A record this service's consumers gave up on, as the dead-letter publisher sent it to {@code deadLetterTopic}: the
 * original coordinates, key and value, the consumer group that failed, and why. The id is derived from (group,
 * topic, partition, offset), so a redelivered failure is stored once.
 *
 * @param status        {@code PENDING} until an administrator replays it (then {@code REPLAYED}); discarding deletes it
 * @param exception     class of the root cause
 * @param reason        its message (the handler's, not a stack trace)
 */
@Document("dead_letters")
@CompoundIndex(name = "status_failed", def = "{'status': 1, 'failedAt': -1}")
public record DeadLetter(@Id String id, String consumerGroup, String topic, int partition, long offset, String key,
        String payload, String eventId, String eventType, String exception, String reason, String deadLetterTopic,
        Instant failedAt, Status status, Instant replayedAt, String replayedBy) {

    public enum Status {
        PENDING, REPLAYED
    }
}
