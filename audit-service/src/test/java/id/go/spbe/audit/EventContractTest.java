package id.go.spbe.audit;

import id.go.spbe.platform.test.contract.EventCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of audit-service's event contract: every {@code @EventType} has its schema file describing
 * exactly the record, and a sample that validates. The integration tests check real published events too.
 */
class EventContractTest {

    @Test
    void everyPublishedEventTypeHasASchemaAndAValidatedSample() {
        EventCatalogue.verify("id.go.spbe.audit");
    }
}
