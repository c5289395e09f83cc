package id.go.spbe.appregistry;

import id.go.spbe.platform.test.contract.EventCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of the event contract: every {@code @EventType} of app-registry has its schema file
 * (resources/events) describing exactly the record, and a sample (test resources events/samples) that validates.
 */
class EventContractTest {

    @Test
    void everyPublishedEventTypeHasASchemaAndAValidatedSample() {
        EventCatalogue.verify("id.go.spbe.appregistry");
    }
}
