package id.go.spbe.platform.messaging;

/**
 * A bean that consumes events declares its routes here; the platform subscribes it to their topics (see
 * {@link EventRoutes}). A bean of type {@link EventRoutes} works the same.
 */
public interface EventConsumer {

    EventRoutes routes();
}
