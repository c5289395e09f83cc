package id.go.spbe.platform.messaging;

import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpoint;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.kafka.support.converter.MessageConverter;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Gives every declared {@link EventRoutes} (beans of that type and {@link EventConsumer} beans) its own listener
 * container from Boot's container factory, so the platform's error handler (retries, dead letters) and observation
 * apply exactly as to a {@code @KafkaListener}.
 */
public class TypedEventListeners implements KafkaListenerConfigurer {

    private final Supplier<List<EventRoutes>> declared;
    private final EventDispatcher dispatcher;
    private final String applicationName;

    public TypedEventListeners(Supplier<List<EventRoutes>> declared, EventDispatcher dispatcher,
            String applicationName) {
        this.declared = declared;
        this.dispatcher = dispatcher;
        this.applicationName = applicationName;
    }

    @Override
    public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
        Set<String> names = new HashSet<>();
        for (EventRoutes routes : declared.get()) {
            if (!names.add(routes.consumer())) {
                throw new IllegalStateException("two event consumers named " + routes.consumer());
            }
            if (routes.topics().isEmpty()) {
                throw new IllegalStateException("event consumer " + routes.consumer() + " names no topic");
            }
            registrar.registerEndpoint(new Endpoint(routes));
        }
    }

    /** The consumer group of {@code routes}: its explicit group id, or {@code <application>.<consumer>}. */
    public String groupOf(EventRoutes routes) {
        return routes.groupId() != null ? routes.groupId() : applicationName + "." + routes.consumer();
    }

    private final class Endpoint implements KafkaListenerEndpoint {

        private final EventRoutes routes;

        Endpoint(EventRoutes routes) {
            this.routes = routes;
        }

        @Override
        public String getId() {
            return applicationName + "." + routes.consumer();
        }

        @Override
        public String getGroupId() {
            return groupOf(routes);
        }

        @Override
        public String getGroup() {
            return null;
        }

        @Override
        public Collection<String> getTopics() {
            return routes.topics();
        }

        @Override
        public TopicPartitionOffset[] getTopicPartitionsToAssign() {
            return null;
        }

        @Override
        public Pattern getTopicPattern() {
            return null;
        }

        @Override
        public String getClientIdPrefix() {
            return null;
        }

        @Override
        public Integer getConcurrency() {
            return null;
        }

        @Override
        public Boolean getAutoStartup() {
            return null;
        }

        @Override
        public void setupListenerContainer(MessageListenerContainer container, MessageConverter converter) {
            container.setupMessageListener((MessageListener<String, String>) record -> dispatcher.dispatch(routes,
                    record));
        }

        @Override
        public boolean isSplitIterables() {
            return true;
        }
    }
}
