package id.go.spbe.servicedesk.sites;

import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.test.contract.EventCatalogue;
import id.go.spbe.platform.test.contract.EventSchemas;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's side of the contract with network-service (N1): every type the service desk routes from the site
 * topic is one network publishes, and every field its record reads is declared in the producer's schema file (read
 * from the repository, not a copy), so renaming a field there breaks this build instead of naming sites by null.
 */
class SiteEventsContractTest {

    @Test
    void everyRoutedSiteTypeHasAProducerSchemaThatDeclaresTheFieldsTheDeskReads_S1_N1() throws Exception {
        Class<?> type = Class.forName("id.go.spbe.servicedesk.sites.messaging.SiteEventsListener");
        Constructor<?> constructor = type.getDeclaredConstructor(SiteCatalogue.class);
        constructor.setAccessible(true);
        var routes = ((EventConsumer) constructor.newInstance((SiteCatalogue) null)).routes();
        assertThat(routes.types()).containsExactlyInAnyOrder("id.go.spbe.site.registered.v1",
                "id.go.spbe.site.updated.v1");
        assertThat(routes.topics()).containsExactly("spbe.network.site.v1");
        for (String routed : routes.types()) {
            var schema = EventSchemas.producerSchema("network-service", EventCatalogue.schemaName(routed));
            assertThat(Files.exists(schema)).isTrue();
            EventSchemas.assertConsumerReads(schema, routes.route(routed).dataType());
        }
    }
}
