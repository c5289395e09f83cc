package id.go.spbe.platform.test.infra;

import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.List;
import java.util.Map;

/**
 * Points every {@link SpbeIntegrationTest} at the shared infrastructure through the same environment variables
 * production uses ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code MONGODB_PORT}, {@code KEYCLOAK_ISSUER_URI}), so the
 * tests exercise the services' real configuration.
 */
public class SpbeTestInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        if (!TestContextAnnotationUtils.hasAnnotation(testClass, SpbeIntegrationTest.class)) {
            return null;
        }
        return new Customizer();
    }

    /** Stateless, so all annotated classes share one cache key and, where nothing else differs, one context. */
    private static final class Customizer implements ContextCustomizer {
        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            Map<String, Object> props = Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafkaBootstrapServers(),
                    "MONGODB_PORT", String.valueOf(TestInfrastructure.mongoPort()),
                    "KEYCLOAK_ISSUER_URI", TestJwtIssuer.shared().issuerUri(),
                    "eureka.client.enabled", "false",
                    "spbe.events.relay.interval", "100ms",
                    "spring.kafka.consumer.auto-offset-reset", "earliest");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("spbe-test-infrastructure", props));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
