package id.go.spbe.datacenter.backup.messaging;

import id.go.spbe.platform.test.contract.EventCatalogue;
import id.go.spbe.platform.test.contract.EventSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup consumers' side of their contracts: what they read of app-registry's application events and of this
 * service's own VPS events is declared in the producers' schema files, so a rename breaks the build, not the
 * automatic policies.
 */
class BackupConsumersContractTest {

    @Test
    void theApplicationRetirementConsumerReadsOnlyFieldsAppRegistryDeclares() {
        var routes = new ApplicationRetirementListener(null).routes();
        assertThat(routes.types()).containsExactly(ApplicationRetirementListener.DECOMMISSIONED);
        for (String type : routes.types()) {
            EventSchemas.assertConsumerReads(EventSchemas.producerSchema("app-registry-service",
                    EventCatalogue.schemaName(type)), routes.route(type).dataType());
        }
    }

    @Test
    void theVpsLifecycleConsumerReadsOnlyFieldsTheVpsEventsDeclare() {
        var routes = new VpsLifecycleListener(null).routes();
        assertThat(routes.types()).containsExactlyInAnyOrder(VpsLifecycleListener.ACTIVATED,
                VpsLifecycleListener.DECOMMISSIONED);
        for (String type : routes.types()) {
            EventSchemas.assertConsumerReads(EventSchemas.producerSchema("datacenter-service",
                    EventCatalogue.schemaName(type)), routes.route(type).dataType());
        }
    }
}
