package id.go.spbe.servicedesk.roster;

import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.test.contract.EventCatalogue;
import id.go.spbe.platform.test.contract.EventSchemas;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer's side of the contract with the OPD directory: the fields the desk reads from opd.updated exist. */
class OpdContactsContractTest {

    @Test
    void theDeskReadsOnlyFieldsTheDirectoryPublishes_S2() throws Exception {
        Class<?> type = Class.forName("id.go.spbe.servicedesk.roster.messaging.OpdContactsListener");
        Constructor<?> constructor = type.getDeclaredConstructor(DirectoryContacts.class);
        constructor.setAccessible(true);
        var routes = ((EventConsumer) constructor.newInstance((DirectoryContacts) null)).routes();
        assertThat(routes.types()).containsExactly("id.go.spbe.opd.updated.v1");
        var schema = EventSchemas.producerSchema("app-registry-service",
                EventCatalogue.schemaName("id.go.spbe.opd.updated.v1"));
        EventSchemas.assertConsumerReads(schema, routes.route("id.go.spbe.opd.updated.v1").dataType());
    }
}
