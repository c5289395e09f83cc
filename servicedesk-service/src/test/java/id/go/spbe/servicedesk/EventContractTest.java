package id.go.spbe.servicedesk;

import id.go.spbe.platform.test.contract.EventCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of the event contract: every {@code @EventType} of the service desk has its schema file
 * (resources/events) describing exactly the record, and a sample (test resources events/samples) that validates.
 * The integration tests check the events really published against the same files.
 */
class EventContractTest {

    @Test
    void everyPublishedEventTypeHasASchemaAndAValidatedSample() {
        EventCatalogue.verify("id.go.spbe.servicedesk");
    }
}
