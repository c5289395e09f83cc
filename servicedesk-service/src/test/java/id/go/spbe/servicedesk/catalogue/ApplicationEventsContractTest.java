package id.go.spbe.servicedesk.catalogue;

import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.test.contract.EventCatalogue;
import id.go.spbe.platform.test.contract.EventSchemas;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's side of the contract with app-registry: every type the service desk routes is one app-registry
 * publishes, and every field its records read is declared in the producer's schema file (read from the repository,
 * not a copy), so renaming a field there breaks this build instead of validating tickets against nulls.
 */
class ApplicationEventsContractTest {

    @Test
    void everyRoutedTypeHasAProducerSchemaThatDeclaresTheFieldsTheDeskReads() throws Exception {
        Class<?> type = Class.forName("id.go.spbe.servicedesk.catalogue.messaging.ApplicationEventsListener");
        Constructor<?> constructor = type.getDeclaredConstructor(ApplicationCatalogue.class);
        constructor.setAccessible(true);
        var routes = ((EventConsumer) constructor.newInstance((ApplicationCatalogue) null)).routes();
        assertThat(routes.types()).containsExactlyInAnyOrder("id.go.spbe.application.registered.v1",
                "id.go.spbe.application.status-changed.v1", "id.go.spbe.application.decommissioned.v1");
        assertThat(routes.topics()).containsExactly("spbe.app-registry.application.v1");
        for (String routed : routes.types()) {
            var schema = EventSchemas.producerSchema("app-registry-service", EventCatalogue.schemaName(routed));
            assertThat(Files.exists(schema)).isTrue();
            EventSchemas.assertConsumerReads(schema, routes.route(routed).dataType());
        }
    }
}
