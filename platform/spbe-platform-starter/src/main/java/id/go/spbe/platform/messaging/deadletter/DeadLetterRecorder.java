package id.go.spbe.platform.messaging.deadletter;

import id.go.spbe.platform.messaging.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.KafkaUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * The recoverer behind the retries: first stores the failed record in this service's {@code dead_letters} collection,
 * then lets the dead-letter publisher send it to {@code <topic>.dlt}. Storing first and idempotently (id from the
 * record's coordinates) means a failure in either step only repeats the recovery, never loses the record; and each
 * service sees exactly its own consumers' dead letters, although several services' groups share a topic and its DLT.
 */
public class DeadLetterRecorder implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecorder.class);

    private final MongoTemplate mongo;
    private final ConsumerRecordRecoverer publisher;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    public DeadLetterRecorder(MongoTemplate mongo, ConsumerRecordRecoverer publisher, JsonMapper json, Clock clock,
            MeterRegistry meters) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    /** Where a record of {@code topic} is dead-lettered. */
    public static String deadLetterTopic(String topic) {
        return topic + ".dlt";
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        String group = KafkaUtils.getConsumerGroupId();
        String id = UUID.nameUUIDFromBytes((group + "/" + record.topic() + "/" + record.partition() + "/"
                + record.offset()).getBytes(StandardCharsets.UTF_8)).toString();
        Throwable cause = rootCause(exception);
        String payload = text(record.value());
        String[] event = eventIdAndType(payload);
        DeadLetter letter = new DeadLetter(id, group, record.topic(), record.partition(), record.offset(),
                text(record.key()), payload, event[0], event[1], cause.getClass().getName(), cause.getMessage(),
                deadLetterTopic(record.topic()), clock.instant(), DeadLetter.Status.PENDING, null, null);
        mongo.save(letter);
        publisher.accept(record, exception);
        log.warn("Dead letter {}: {} {}/{}@{} of group {} ({}: {})", id, letter.eventType(), record.topic(),
                record.partition(), record.offset(), group, letter.exception(), letter.reason());
        meters.counter("spbe.events.dead-lettered", "group", String.valueOf(group), "topic", record.topic())
                .increment();
    }

    private Throwable rootCause(Exception exception) {
        // The listener wraps the handler's exception; a MalformedEventException's own message says what is wrong.
        Throwable malformed = exception;
        while (malformed != null && !(malformed instanceof MalformedEventException)) {
            malformed = malformed.getCause();
        }
        return malformed != null ? malformed : NestedExceptionUtils.getMostSpecificCause(exception);
    }

    private String[] eventIdAndType(String payload) {
        try {
            JsonNode node = payload == null ? null : json.readTree(payload);
            if (node != null && node.isObject()) {
                return new String[] {textOf(node.get("id")), textOf(node.get("type"))};
            }
        } catch (RuntimeException notJson) {
            // a poison record is exactly what lands here: keep its bytes, no id or type to show
        }
        return new String[] {null, null};
    }

    private static String textOf(JsonNode node) {
        return node == null || !node.isString() ? null : node.asString();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }
}
