package id.go.spbe.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Routes one record of a consumer's topics to the handler of its CloudEvent type, once per event id. Records that
 * cannot be read (not a CloudEvent, data not fitting the consumer's record or breaking its bean-validation
 * constraints) throw {@link MalformedEventException}, which the error handler sends to the dead-letter topic without
 * retrying; any other failure of a handler is retried and then dead-lettered.
 */
public class EventDispatcher {

    private final EventInbox inbox;
    private final Validator validator;
    private final MeterRegistry meters;

    public EventDispatcher(EventInbox inbox, Validator validator, MeterRegistry meters) {
        this.inbox = inbox;
        this.validator = validator;
        this.meters = meters;
    }

    public void dispatch(EventRoutes routes, ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new MalformedEventException("record without a value (tombstone) on " + record.topic(), null);
        }
        CloudEvent event = inbox.parse(record.value());
        EventRoutes.Route<?> route = routes.route(event.type());
        if (route == null) {
            // Other consumers' business: a topic carries every event type of its aggregate.
            meters.counter("spbe.events.consumed", "consumer", routes.consumer(), "outcome", "ignored").increment();
            return;
        }
        Object data = event.data() == null || event.data().isNull() ? null : inbox.data(event, route.dataType());
        if (data == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no data", null);
        }
        if (validator != null) {
            Set<ConstraintViolation<Object>> violations = validator.validate(data);
            if (!violations.isEmpty()) {
                throw new MalformedEventException(event.type() + " " + event.id() + " data is invalid: "
                        + violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                                .collect(Collectors.joining(", ")), null);
            }
        }
        inbox.handleOnce(routes.consumer(), event, e -> route.dispatch(data, e));
    }
}
