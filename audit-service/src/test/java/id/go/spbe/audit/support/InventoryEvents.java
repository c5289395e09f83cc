package id.go.spbe.audit.support;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.kafka.TestKafka;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

/**
 * The data-center and network services' events as they publish them: their own sample files (copied into
 * {@code src/test/resources/events/inbound/<producer>/}), with the ids and times a test needs put in, each checked
 * against the producer's schema file in the repository before it is sent to the real broker.
 */
public final class InventoryEvents {

    public static final String DATA_CENTERS = "spbe.datacenter.data-center.v1";
    public static final String VPS = "spbe.datacenter.vps.v1";
    public static final String SITES = "spbe.network.site.v1";
    public static final String LANS = "spbe.network.lan.v1";
    public static final String WAN_LINKS = "spbe.network.wan-link.v1";
    private static final JsonMapper JSON = new JsonMapper();

    private InventoryEvents() {
    }

    /**
     * Sends producer {@code producer}'s sample {@code schema} with {@code fields} replaced (and a fresh event id) on
     * {@code topic} keyed {@code key}, as CloudEvent {@code type}; returns the envelope so a test can send it again.
     */
    public static String send(String producer, String schema, String type, String topic, String key, String opd,
            Map<String, Object> fields) {
        String envelope = envelope(producer, schema, type, key, opd, fields);
        TestKafka.send(topic, key, envelope);
        return envelope;
    }

    public static String envelope(String producer, String schema, String type, String key, String opd,
            Map<String, Object> fields) {
        ObjectNode data = sample(producer, schema);
        data.put("eventId", UUID.randomUUID().toString());
        fields.forEach((name, value) -> data.set(name, JSON.valueToTree(value)));
        String json = data.toString();
        EventSchemas.assertValid(EventSchemas.producerSchema(producer, schema), json);
        return """
                {"specversion":"1.0","id":"%s","source":"/spbe/%s","type":"%s","subject":"%s","time":"%s",%s
                 "data":%s}""".formatted(UUID.randomUUID(), producer, type, key, data.get("occurredAt").asString(),
                opd == null ? "" : "\"opd\":\"" + opd + "\",", json);
    }

    private static ObjectNode sample(String producer, String schema) {
        String path = "/events/inbound/" + producer + "/" + schema + ".json";
        try (InputStream in = InventoryEvents.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + path);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
