package id.go.spbe.datacenter.application;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static id.go.spbe.datacenter.DatacenterTestSupport.application;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A1: the application read model follows app-registry's real events over the broker — form changes, workflow steps
 * and retirement — and is not fooled by repeats or by older events arriving after newer ones.
 */
@DatacenterIntegrationTest
class ApplicationReadModelIntegrationTest {

    static final String TOPIC = "spbe.app-registry.application.v1";
    static final String INBOX = "processed_events";

    @Autowired
    MongoTemplate mongo;

    Document reference(String id) {
        return mongo.findById(id, Document.class, "application_references");
    }

    /** Sends the CloudEvent; returns its id. */
    static String send(String id, String type, String schema, String data, Instant at) {
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", schema), data);
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(TOPIC, id, """
                {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service","type":"%s","subject":"%s",
                 "time":"%s","data":%s}""".formatted(eventId, type, id, at, data));
        return eventId;
    }

    /** Whether the read model's consumer has processed the event (the platform's inbox holds its id). */
    boolean handled(String eventId) {
        return mongo.findById("application-reference:" + eventId, Document.class, INBOX) != null;
    }

    static String statusChanged(String id, String to, Instant at) {
        return """
                {"eventId":"%s","occurredAt":"%s","applicationId":"%s","ownerOpd":"DINKES","name":"SIMPUS",
                 "applicationClass":"KHUSUS","from":"DRAFT","to":"%s","note":null,"changedBy":"admin.dinas"}"""
                .formatted(UUID.randomUUID(), at, id, to);
    }

    @Test
    void a1NewerFormChangesAndStepsApplyOlderOnesDoNot() {
        String id = application(mongo, "DINKES", "SIMPUS");
        Instant later = Instant.now().plusSeconds(60);
        send(id, "id.go.spbe.application.updated.v1", "application-updated.v1", """
                {"eventId":"%s","occurredAt":"%s","applicationId":"%s","ownerOpd":"DINKES","name":"SIMPUS Terpadu",
                 "changedFields":["name"],"updatedBy":"operator.dinkes"}""".formatted(UUID.randomUUID(), later, id),
                later);
        await().atMost(Duration.ofSeconds(30)).until(() -> "SIMPUS Terpadu".equals(reference(id).getString("name")));
        // An older step, delivered late (a replay), does not overwrite the newer name or status.
        String older = send(id, "id.go.spbe.application.status-changed.v1", "application-status-changed.v1",
                statusChanged(id, "SUBMITTED", later.minusSeconds(30)), later.minusSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(older));
        assertThat(reference(id).getString("name")).isEqualTo("SIMPUS Terpadu");
        assertThat(reference(id).getString("status")).isEqualTo("DRAFT");
        Instant newest = later.plusSeconds(60);
        send(id, "id.go.spbe.application.status-changed.v1", "application-status-changed.v1",
                statusChanged(id, "ACTIVE", newest), newest);
        await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(reference(id).getString("status")));
        assertThat(reference(id).getString("name")).isEqualTo("SIMPUS");
    }

    @Test
    void a1RetirementIsStickyWhateverArrivesAfterIt() {
        String id = application(mongo, "DINKES", "SIKDA");
        Instant at = Instant.now().plusSeconds(10);
        send(id, "id.go.spbe.application.decommissioned.v1", "application-decommissioned.v1", """
                {"eventId":"%s","occurredAt":"%s","applicationId":"%s","ownerOpd":"DINKES","name":"SIKDA",
                 "from":"ACTIVE","reason":"Diganti","decommissionedBy":"admin.dinas"}"""
                .formatted(UUID.randomUUID(), at, id), at);
        Instant afterwards = at.plusSeconds(10);
        String late = send(id, "id.go.spbe.application.status-changed.v1", "application-status-changed.v1",
                statusChanged(id, "ACTIVE", afterwards), afterwards);
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(late));
        assertThat(reference(id).getBoolean("decommissioned")).isTrue();
        assertThat(reference(id).getString("status")).isEqualTo("DECOMMISSIONED");
    }
}
