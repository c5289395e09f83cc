package id.go.spbe.network.opd;

import id.go.spbe.platform.test.contract.EventSchemas;
import org.junit.jupiter.api.Test;

import java.util.List;

/** G1: every field the OPD tree consumer reads is declared by app-registry's schemas of the events it handles. */
class OpdTreeListenerContractTest {

    @Test
    void theTreeConsumerReadsOnlyFieldsTheProducerDeclares() throws Exception {
        Class<?> record = Class.forName("id.go.spbe.network.opd.messaging.OpdTreeListener$OpdPlace");
        for (String schema : List.of("opd-registered.v1", "opd-updated.v1", "opd-mandiri-tik-designated.v1")) {
            EventSchemas.assertConsumerReads(EventSchemas.producerSchema("app-registry-service", schema), record);
        }
    }
}
