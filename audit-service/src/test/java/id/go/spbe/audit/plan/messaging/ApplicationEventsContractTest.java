package id.go.spbe.audit.plan.messaging;

import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.platform.test.contract.EventCatalogue;
import id.go.spbe.platform.test.contract.EventSchemas;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's side of the contract with app-registry: every type audit routes is one app-registry publishes, and
 * every field audit's record reads is declared in the producer's schema file (read from the repository, not a copy),
 * so renaming a field there breaks this build instead of planning audits with nulls.
 */
class ApplicationEventsContractTest {

    @Test
    void everyRoutedTypeHasAProducerSchemaThatDeclaresTheFieldsAuditReads() {
        assertDeclared(new ApplicationEventsListener(null).routes());
    }

    /** The OPD directory's events the infrastructure catch-up reads (which OPD is the Dinas, AU4, AU6). */
    @Test
    void theDinasCatchUpReadsOnlyFieldsTheOpdEventsDeclare() {
        assertDeclared(new DinasDirectoryListener(null).routes());
    }

    private static void assertDeclared(EventRoutes routes) {
        assertThat(routes.types()).isNotEmpty();
        for (String type : routes.types()) {
            var schema = EventSchemas.producerSchema("app-registry-service", EventCatalogue.schemaName(type));
            assertThat(Files.exists(schema)).isTrue();
            EventSchemas.assertConsumerReads(schema, routes.route(type).dataType());
        }
    }
}
