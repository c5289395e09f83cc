package id.go.spbe.platform.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A typed Kafka consumer declared as data: the topics it reads and one handler per CloudEvent {@code type}, each
 * receiving the consumer's own record of the event data.
 *
 * <pre>{@code
 * EventRoutes.consumer("audit-plan").topics("spbe.app-registry.application.v1")
 *         .on("id.go.spbe.application.registered.v1", ApplicationRegistered.class,
 *                 (data, event) -> planner.plan(data));
 * }</pre>
 *
 * The platform ({@link TypedEventListeners}) gives each consumer a listener container with the idempotent inbox
 * ({@link EventInbox}, keyed by the consumer name and event id), ignores types without a route, sends records that
 * are not CloudEvents or whose data does not fit the record straight to {@code <topic>.dlt}, and retries a failing
 * handler a bounded number of times before it goes there too ({@link DeadLetterProperties}).
 */
public final class EventRoutes {

    /** One route: the data record type and its handler. */
    public record Route<T>(String type, Class<T> dataType, EventHandler<T> handler) {

        void dispatch(Object data, CloudEvent event) {
            handler.handle(dataType.cast(data), event);
        }
    }

    private final String consumer;
    private List<String> topics = List.of();
    private String groupId;
    private final Map<String, Route<?>> routes = new LinkedHashMap<>();

    private EventRoutes(String consumer) {
        this.consumer = consumer;
    }

    /**
     * Starts the routes of consumer {@code name}: it names the inbox entries and, by default, the listener id and
     * consumer group ({@code <spring.application.name>.<name>}). Renaming it re-reads the topics from the start.
     */
    public static EventRoutes consumer(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("consumer name must be lower-case letters, digits, '.', '-': " + name);
        }
        return new EventRoutes(name);
    }

    public EventRoutes topics(String... topics) {
        this.topics = List.of(topics);
        return this;
    }

    /** Keeps an existing consumer group (and its committed offsets) when a listener moves onto routes. */
    public EventRoutes groupId(String groupId) {
        this.groupId = Objects.requireNonNull(groupId);
        return this;
    }

    public <T> EventRoutes on(String type, Class<T> dataType, EventHandler<T> handler) {
        if (routes.putIfAbsent(type, new Route<>(type, dataType, handler)) != null) {
            throw new IllegalArgumentException("two handlers for " + type + " in consumer " + consumer);
        }
        return this;
    }

    public String consumer() {
        return consumer;
    }

    public List<String> topics() {
        return topics;
    }

    /** The configured group id, or {@code null} for the default {@code <application>.<consumer>}. */
    public String groupId() {
        return groupId;
    }

    public Set<String> types() {
        return routes.keySet();
    }

    /** The route of {@code type}, or {@code null}: a type this consumer does not handle. */
    public Route<?> route(String type) {
        return routes.get(type);
    }
}
