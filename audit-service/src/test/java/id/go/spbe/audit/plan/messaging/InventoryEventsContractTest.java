package id.go.spbe.audit.plan.messaging;

import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.platform.test.contract.EventCatalogue;
import id.go.spbe.platform.test.contract.EventSchemas;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's side of the contracts with datacenter-service and network-service (AU4, AU6): every type the plan
 * routes is one the producer publishes, and every field the plan's records read is declared in the producer's schema
 * file (read from the repository, not a copy), so a rename there breaks this build instead of planning with nulls.
 */
class InventoryEventsContractTest {

    static void check(String producer, EventRoutes routes) {
        assertThat(routes.types()).isNotEmpty();
        for (String type : routes.types()) {
            var schema = EventSchemas.producerSchema(producer, EventCatalogue.schemaName(type));
            assertThat(Files.exists(schema)).as(type).isTrue();
            EventSchemas.assertConsumerReads(schema, routes.route(type).dataType());
        }
    }

    @Test
    void au4TheDataCenterRoutesReadOnlyWhatDatacenterServicePublishes() {
        check("datacenter-service", new DatacenterEventsListener(null).routes());
    }

    @Test
    void au4TheNetworkRoutesReadOnlyWhatNetworkServicePublishes() {
        check("network-service", new NetworkEventsListener(null).routes());
    }
}
