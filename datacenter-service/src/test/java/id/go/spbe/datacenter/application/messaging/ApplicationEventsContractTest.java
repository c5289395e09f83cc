package id.go.spbe.datacenter.application.messaging;

import id.go.spbe.platform.test.contract.EventCatalogue;
import id.go.spbe.platform.test.contract.EventSchemas;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's side of the contract with app-registry (A1): every type the application read model routes is one
 * app-registry publishes, and every field its records read is declared in the producer's schema file (read from the
 * repository, not a copy), so a rename there breaks this build instead of refusing VPS for registered applications.
 */
class ApplicationEventsContractTest {

    @Test
    void everyRoutedTypeHasAProducerSchemaThatDeclaresTheFieldsTheReadModelReads() {
        var routes = new ApplicationEventsListener(null).routes();
        assertThat(routes.types()).containsExactlyInAnyOrder(ApplicationEventsListener.REGISTERED,
                ApplicationEventsListener.UPDATED, ApplicationEventsListener.STATUS_CHANGED,
                ApplicationEventsListener.DECOMMISSIONED);
        for (String type : routes.types()) {
            var schema = EventSchemas.producerSchema("app-registry-service", EventCatalogue.schemaName(type));
            assertThat(Files.exists(schema)).isTrue();
            EventSchemas.assertConsumerReads(schema, routes.route(type).dataType());
        }
    }
}
