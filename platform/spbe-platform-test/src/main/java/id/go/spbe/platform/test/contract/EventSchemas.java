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
