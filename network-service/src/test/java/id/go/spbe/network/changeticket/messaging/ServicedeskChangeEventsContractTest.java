package id.go.spbe.network.changeticket.messaging;

import id.go.spbe.platform.test.contract.EventSchemas;
import org.junit.jupiter.api.Test;

/**
 * The fields the change-ticket read model (N7, S6) reads are ones servicedesk's schemas declare: a rename there
 * breaks this build instead of feeding the read model nulls.
 */
class ServicedeskChangeEventsContractTest {

    @Test
    void theReadModelReadsOnlyFieldsServicedeskPublishes_S6_N7() {
        EventSchemas.assertConsumerReads(EventSchemas.producerSchema("servicedesk-service", "ticket-opened.v1"),
                ServicedeskChangeListener.TicketOpened.class);
        EventSchemas.assertConsumerReads(EventSchemas.producerSchema("servicedesk-service",
                "ticket-stage-changed.v1"), ServicedeskChangeListener.TicketStageChanged.class);
        EventSchemas.assertConsumerReads(EventSchemas.producerSchema("servicedesk-service", "change-approved.v1"),
                ServicedeskChangeListener.ChangeApproved.class);
        EventSchemas.assertConsumerReads(EventSchemas.producerSchema("servicedesk-service",
                "change-implemented.v1"), ServicedeskChangeListener.ChangeImplemented.class);
    }
}
