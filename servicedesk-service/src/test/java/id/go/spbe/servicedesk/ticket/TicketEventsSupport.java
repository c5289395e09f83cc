package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.servicedesk.ServicedeskTestSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

/** Reads the ticket events this service really published and checks each against its own schema file. */
public final class TicketEventsSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TicketEventsSupport() {
    }

    /** The published event of {@code type} (e.g. {@code ticket.opened}) for the ticket, validated; its data. */
    public static JsonNode published(String ticketId, String type) {
        ConsumerRecord<String, String> record = TestKafka.await(ServicedeskTestSupport.TICKETS_TOPIC,
                r -> ticketId.equals(r.key()) && r.value().contains("\"id.go.spbe." + type + ".v1\""),
                Duration.ofSeconds(30));
        return validated(record, type);
    }

    /** As {@link #published(String, String)}, for the event whose JSON also contains {@code marker}. */
    public static JsonNode published(String ticketId, String type, String marker) {
        ConsumerRecord<String, String> record = TestKafka.await(ServicedeskTestSupport.TICKETS_TOPIC,
                r -> ticketId.equals(r.key()) && r.value().contains("\"id.go.spbe." + type + ".v1\"")
                        && r.value().contains(marker), Duration.ofSeconds(30));
        return validated(record, type);
    }

    /** Every event of {@code type} for the ticket seen within {@code window}. */
    public static List<JsonNode> all(String ticketId, String type, Duration window) {
        return TestKafka.collect(ServicedeskTestSupport.TICKETS_TOPIC,
                r -> ticketId.equals(r.key()) && r.value().contains("\"id.go.spbe." + type + ".v1\""), window)
                .stream().map(r -> validated(r, type)).toList();
    }

    /** The first event on {@code topic} whose JSON contains {@code marker}, validated against {@code schema}. */
    public static JsonNode publishedOn(String topic, String marker, String schema) {
        ConsumerRecord<String, String> record = TestKafka.await(topic, r -> r.value().contains(marker),
                Duration.ofSeconds(30));
        JsonNode data = JSON.readTree(record.value()).get("data");
        EventSchemas.assertValid(EventSchemas.producerSchema("servicedesk-service", schema), data.toString());
        return data;
    }

    private static JsonNode validated(ConsumerRecord<String, String> record, String type) {
        JsonNode envelope = JSON.readTree(record.value());
        JsonNode data = envelope.get("data");
        EventSchemas.assertValid(EventSchemas.producerSchema("servicedesk-service", type.replace('.', '-') + ".v1"),
                data.toString());
        return data;
    }
}
