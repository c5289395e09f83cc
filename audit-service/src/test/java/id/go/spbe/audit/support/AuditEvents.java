package id.go.spbe.audit.support;

import id.go.spbe.platform.test.contract.EventCatalogue;
import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Events for audit-service's integration tests: app-registry's events built exactly as it publishes them (each
 * checked against the producer's schema file), and audit-service's own published events read back from Kafka and
 * checked against this module's schema files.
 */
public final class AuditEvents {

    public static final String APPLICATIONS = "spbe.app-registry.application.v1";
    public static final String OPDS = "spbe.app-registry.opd.v1";
    private static final JsonMapper JSON = new JsonMapper();

    private AuditEvents() {
    }

    public static void opdRegistered(String code) {
        opdRegistered(code, code, false);
    }

    /** An OPD of the directory; {@code dinas}: the Dinas that runs the data center and the WAN. */
    public static void opdRegistered(String code, String name, boolean dinas) {
        String data = """
                {"eventId":"%s","occurredAt":"2026-01-01T00:00:00Z","code":"%s","name":"%s","kind":"DINAS",
                 "dinas":%s,"mandiriTik":false,"active":true}""".formatted(UUID.randomUUID(), code, name, dinas);
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-registered.v1"), data);
        TestKafka.send(OPDS, code, envelope("id.go.spbe.opd.registered.v1", code, "2026-01-01T00:00:00Z", code,
                data));
    }

    /**
     * The directory entry of {@code code} changed at {@code at} (full state, app-registry's OpdUpdated);
     * {@code dinas}: whether it is the Dinas now. Returns the envelope, for sending it again.
     */
    public static String opdUpdated(String code, String name, boolean dinas, Instant at) {
        String data = """
                {"eventId":"%s","occurredAt":"%s","code":"%s","name":"%s","kind":"DINAS",
                 "dinas":%s,"mandiriTik":false,"active":true}""".formatted(UUID.randomUUID(), at, code, name, dinas);
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-updated.v1"), data);
        String envelope = envelope("id.go.spbe.opd.updated.v1", code, at.toString(), code, data);
        TestKafka.send(OPDS, code, envelope);
        return envelope;
    }

    public static String registered(String appId, String opd, String applicationClass, Instant at) {
        String data = """
                {"eventId":"%s","occurredAt":"%s","applicationId":"%s","name":"Aplikasi %s","ownerOpd":"%s",
                 "applicationClass":"%s","userOpds":["%s"],"status":"DRAFT","registeredAt":"%s"}"""
                .formatted(UUID.randomUUID(), at, appId, appId, opd, applicationClass, opd, at);
        return checked("application-registered.v1", "id.go.spbe.application.registered.v1", appId, at, opd, data);
    }

    public static String statusChanged(String appId, String opd, String applicationClass, String from, String to,
            Instant at) {
        String data = """
                {"eventId":"%s","occurredAt":"%s","applicationId":"%s","ownerOpd":"%s","name":"Aplikasi %s",
                 "applicationClass":"%s","from":"%s","to":"%s","note":null,"changedBy":"operator"}"""
                .formatted(UUID.randomUUID(), at, appId, opd, appId, applicationClass, from, to);
        return checked("application-status-changed.v1", "id.go.spbe.application.status-changed.v1", appId, at, opd,
                data);
    }

    public static String updated(String appId, String opd, String name, Instant at) {
        String data = """
                {"eventId":"%s","occurredAt":"%s","applicationId":"%s","ownerOpd":"%s","name":"%s",
                 "changedFields":["name"],"updatedBy":"operator"}""".formatted(UUID.randomUUID(), at, appId, opd,
                name);
        return checked("application-updated.v1", "id.go.spbe.application.updated.v1", appId, at, opd, data);
    }

    public static String decommissioned(String appId, String opd, Instant at) {
        String data = """
                {"eventId":"%s","occurredAt":"%s","applicationId":"%s","ownerOpd":"%s","name":"Aplikasi %s",
                 "from":"ACTIVE","reason":"Diganti aplikasi nasional","decommissionedBy":"admin.dinas"}"""
                .formatted(UUID.randomUUID(), at, appId, opd, appId);
        return checked("application-decommissioned.v1", "id.go.spbe.application.decommissioned.v1", appId, at, opd,
                data);
    }

    private static String checked(String schema, String type, String appId, Instant at, String opd, String data) {
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", schema), data);
        return envelope(type, appId, at.toString(), opd, data);
    }

    private static String envelope(String type, String subject, String time, String opd, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service","type":"%s","subject":"%s",
                 "time":"%s","opd":"%s","data":%s}""".formatted(UUID.randomUUID(), type, subject, time, opd, data);
    }

    /**
     * Waits for {@code count} events of {@code type} on {@code topic} keyed {@code key}, checks each one's data
     * against this module's schema for the type, and returns the data.
     */
    public static List<JsonNode> published(String topic, String type, String key, int count) {
        List<ConsumerRecord<String, String>> records = TestKafka.awaitAll(topic,
                r -> key.equals(r.key()) && r.value().contains("\"" + type + "\""), count, Duration.ofSeconds(30));
        return records.stream().map(r -> {
            JsonNode event = JSON.readTree(r.value());
            String data = event.get("data").toString();
            EventSchemas.assertValid(Path.of("src/main/resources/events",
                    EventCatalogue.schemaName(type) + ".schema.json"), data);
            return event.get("data");
        }).toList();
    }

    /** Every event of {@code type} keyed {@code key} seen on {@code topic} within {@code window}. */
    public static List<ConsumerRecord<String, String>> all(String topic, String type, String key, Duration window) {
        return TestKafka.collect(topic, r -> key.equals(r.key()) && r.value().contains("\"" + type + "\""), window);
    }
}
