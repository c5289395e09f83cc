package id.go.spbe.servicedesk.lanchange.messaging;

import id.go.spbe.platform.test.contract.EventSchemas;
import org.junit.jupiter.api.Test;

/**
 * The fields the LAN-change consumer (S6, N7) reads are ones network-service's schemas declare: a rename there
 * breaks this build instead of silently dropping the link between a change and its LAN change reports.
 */
class LanChangeEventsContractTest {

    @Test
    void theConsumerReadsOnlyFieldsNetworkPublishes_S6_N7() {
        EventSchemas.assertConsumerReads(EventSchemas.producerSchema("network-service", "lan-change-reported.v1"),
                LanChangeListener.LanChangeReported.class);
        EventSchemas.assertConsumerReads(EventSchemas.producerSchema("network-service",
                "lan-change-acknowledged.v1"), LanChangeListener.LanChangeAcknowledged.class);
    }
}
