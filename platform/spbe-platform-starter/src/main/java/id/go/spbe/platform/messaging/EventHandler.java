package id.go.spbe.platform.messaging;

/**
 * Handles one event type: receives the consumer's own record of the fields it reads (the producer owns the schema)
 * and the envelope, for its id, time, subject or {@code opd}. Runs at most once per event id and consumer (inbox);
 * it must still be an upsert, because a crash between handling and marking runs it again.
 *
 * @param <T> the consumer's record of the event data
 */
@FunctionalInterface
public interface EventHandler<T> {

    void handle(T data, CloudEvent event);
}
