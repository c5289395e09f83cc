package id.go.spbe.monev;

import id.go.spbe.platform.test.contract.EventCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of the event contract: every {@code @EventType} of monev has its schema file
 * (resources/events) describing exactly the record, and a sample (test resources events/samples) that validates.
 * The integration tests check every schema against a real published event as well.
 */
class EventContractTest {

    @Test
    void everyPublishedEventTypeHasASchemaAndAValidatedSample() {
        EventCatalogue.verify("id.go.spbe.monev");
    }
}
