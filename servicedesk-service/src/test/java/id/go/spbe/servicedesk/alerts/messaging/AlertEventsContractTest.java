package id.go.spbe.servicedesk.alerts.messaging;

import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.platform.test.contract.EventCatalogue;
import id.go.spbe.platform.test.contract.EventSchemas;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's side of the contracts with datacenter, network and audit: every type the alert listeners route is
 * one the producer publishes (its schema file, read from the repository, not a copy), on the producer's topic, and
 * every field the desk's records read is declared there — so a renamed field breaks this build instead of opening
 * tickets with blanks.
 */
class AlertEventsContractTest {

    @Test
    void datacenterAlarmsAreReadAsDatacenterPublishesThem() throws Exception {
        EventRoutes routes = new DatacenterAlertsListener(null).routes();
        assertThat(routes.topics()).containsExactly("spbe.datacenter.uptime.v1", "spbe.datacenter.backup.v1",
                "spbe.datacenter.vps.v1");
        assertThat(routes.types()).contains("id.go.spbe.service.down.v1", "id.go.spbe.service.up.v1",
                "id.go.spbe.backup.overdue.v1", "id.go.spbe.restore-test.failed.v1", "id.go.spbe.vps.expiring.v1");
        assertDeclaredByProducer("datacenter-service", routes);
    }

    @Test
    void networkAlarmsAreReadAsNetworkPublishesThem() throws Exception {
        EventRoutes routes = new NetworkAlertsListener(null, Clock.systemUTC()).routes();
        assertThat(routes.topics()).containsExactly("spbe.network.lan-diagram.v1", "spbe.network.inspection.v1");
        assertThat(routes.types()).contains("id.go.spbe.lan-diagram.overdue.v1",
                "id.go.spbe.inspection.finding-opened.v1");
        assertDeclaredByProducer("network-service", routes);
    }

    @Test
    void auditAlarmsAreReadAsAuditPublishesThem() throws Exception {
        EventRoutes routes = new AuditAlertsListener(null, Clock.systemUTC()).routes();
        assertThat(routes.topics()).containsExactly("spbe.audit.finding.v1", "spbe.audit.certificate.v1",
                "spbe.audit.assessment.v1");
        assertThat(routes.types()).contains("id.go.spbe.finding.opened.v1", "id.go.spbe.certificate.expiring.v1",
                "id.go.spbe.security-assessment.finding-opened.v1",
                "id.go.spbe.security-assessment.finding-resolved.v1");
        assertDeclaredByProducer("audit-service", routes);
    }

    static void assertDeclaredByProducer(String producer, EventRoutes routes) throws java.io.IOException {
        for (String type : routes.types()) {
            var schema = EventSchemas.producerSchema(producer, EventCatalogue.schemaName(type));
            assertThat(Files.exists(schema)).as(type).isTrue();
            // The producer's schema names the topic it publishes the type on; the listener must read that topic.
            String text = Files.readString(schema);
            assertThat(routes.topics()).as(type + " is published on a topic this consumer reads")
                    .anyMatch(topic -> text.contains("topic " + topic) || text.contains("on " + topic));
            EventSchemas.assertConsumerReads(schema, routes.route(type).dataType());
        }
    }
}
