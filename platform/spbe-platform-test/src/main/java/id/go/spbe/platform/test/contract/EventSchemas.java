package id.go.spbe.platform.test.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks event payloads against the producer's JSON Schema file (draft 2020-12). Producers check what they publish;
 * consumers check their fixtures against the producer's file, so a schema change breaks the consumer's build, not
 * production.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    /** Asserts {@code json} is valid against the schema at {@code schemaFile}. */
    public static void assertValid(Path schemaFile, String json) {
        try {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(schemaFile));
            JsonNode node = JSON.readTree(json);
            Set<ValidationMessage> errors = schema.validate(node);
            assertThat(errors).as("%s against %s", json, schemaFile.getFileName()).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that every field the consumer's record reads is one the producer's schema declares, so a rename or
     * removal on the producer's side breaks the consumer's build rather than silently feeding it nulls. A field the
     * schema does not require must be a reference type in the record (it may be absent).
     */
    public static void assertConsumerReads(Path schemaFile, Class<?> consumerRecord) {
        try {
            JsonNode schema = JSON.readTree(schemaFile.toFile());
            Set<String> required = new java.util.HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            for (java.lang.reflect.RecordComponent component : consumerRecord.getRecordComponents()) {
                assertThat(schema.path("properties").has(component.getName()))
                        .as("%s reads '%s', which %s does not declare", consumerRecord.getSimpleName(),
                                component.getName(), schemaFile.getFileName())
                        .isTrue();
                if (!required.contains(component.getName())) {
                    assertThat(component.getType().isPrimitive())
                            .as("%s.%s is optional in %s but primitive in the consumer",
                                    consumerRecord.getSimpleName(), component.getName(), schemaFile.getFileName())
                            .isFalse();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema file of a producer module in this repository, e.g. {@code ("app-registry-service", "opd-registered.v1")}. */
    public static Path producerSchema(String producerModule, String schemaName) {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(producerModule).resolve("src/main/resources/events")
                    .resolve(schemaName + ".schema.json");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no schema " + schemaName + " of " + producerModule + " above " + here);
    }
}
