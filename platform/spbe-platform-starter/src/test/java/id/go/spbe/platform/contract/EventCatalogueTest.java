package id.go.spbe.platform.contract;

import id.go.spbe.platform.test.contract.EventCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The producer-side contract helper fails for each way an event type can drift from its schema and samples. */
class EventCatalogueTest {

    static final String PACKAGE = "id.go.spbe.platform.contract.events";
    static final String SCHEMA = """
            {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"id.go.spbe.gadget.painted.v1",
             "type":"object","required":["eventId","occurredAt","gadgetId","colour"],
             "properties":{"eventId":{"type":"string","format":"uuid"},"occurredAt":{"type":"string","format":"date-time"},
                           "gadgetId":{"type":"string"},"colour":{"enum":["RED","BLUE"]}}}""";
    static final String SAMPLE = """
            {"eventId":"8d5e3c1a-0b7e-4c61-9d7a-2f0a1c4b5e6f","occurredAt":"2026-05-04T03:00:00Z",
             "gadgetId":"g-1","colour":"RED"}""";

    @TempDir
    Path dir;
    Path schemas;
    Path samples;

    @BeforeEach
    void setUp() throws IOException {
        schemas = Files.createDirectories(dir.resolve("events"));
        samples = Files.createDirectories(dir.resolve("samples"));
    }

    void verify() {
        EventCatalogue.verify(PACKAGE, schemas, samples);
    }

    @Test
    void anEventTypeWithItsSchemaAndAValidSamplePasses() throws IOException {
        Files.writeString(schemas.resolve("gadget-painted.v1.schema.json"), SCHEMA);
        Files.writeString(samples.resolve("gadget-painted.v1.json"), SAMPLE);
        assertThatCode(this::verify).doesNotThrowAnyException();
    }

    @Test
    void anEventTypeWithoutASchemaFileFails() {
        assertThatThrownBy(this::verify).hasMessageContaining("has no schema file");
    }

    @Test
    void aSchemaWithoutASampleFails() throws IOException {
        Files.writeString(schemas.resolve("gadget-painted.v1.schema.json"), SCHEMA);
        assertThatThrownBy(this::verify).hasMessageContaining("has no validated sample");
    }

    @Test
    void aSampleThatDoesNotValidateFails() throws IOException {
        Files.writeString(schemas.resolve("gadget-painted.v1.schema.json"), SCHEMA);
        Files.writeString(samples.resolve("gadget-painted.v1.json"), SAMPLE.replace("RED", "GREEN"));
        assertThatThrownBy(this::verify).hasMessageContaining("colour");
    }

    @Test
    void aSchemaThatDescribesOtherFieldsThanTheRecordFails() throws IOException {
        Files.writeString(schemas.resolve("gadget-painted.v1.schema.json"), SCHEMA.replace("\"colour\":{", "\"color\":{"));
        Files.writeString(samples.resolve("gadget-painted.v1.json"), SAMPLE);
        assertThatThrownBy(this::verify).hasMessageContaining("but GadgetPainted publishes");
    }

    @Test
    void aSchemaFileOfNoEventTypeFails() throws IOException {
        Files.writeString(schemas.resolve("gadget-painted.v1.schema.json"), SCHEMA);
        Files.writeString(samples.resolve("gadget-painted.v1.json"), SAMPLE);
        Files.writeString(schemas.resolve("gadget-sold.v1.schema.json"), SCHEMA);
        assertThatThrownBy(this::verify).hasMessageContaining("gadget-sold.v1.schema.json belongs to no @EventType");
    }
}
