package id.go.spbe.platform.test.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The OpenAPI document a service publishes, for the document tests: written to
 * {@code target/openapi/<service>.json} where the build's {@code openapi-lint} execution (root pom, redocly.yaml)
 * lints it, and inspected for operations that promise no error answers.
 */
public final class OpenApiDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiDocuments() {
    }

    /** Fetches {@code /v3/api-docs} and writes it, pretty-printed, to {@code target/openapi/<service>.json}. */
    public static JsonNode publish(int port, String service) {
        TestHttp.Reply reply = TestHttp.onPort(port).get("/v3/api-docs").send();
        if (reply.status() != 200) {
            throw new AssertionError("no OpenAPI document: " + reply);
        }
        JsonNode document = reply.json();
        Path file = Path.of("target", "openapi", service + ".json");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }

    /** {@code "METHOD path"} of every operation whose responses have no entry with the given status. */
    public static List<String> operationsWithout(JsonNode document, String status) {
        List<String> missing = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey()) && !operation.getValue().get("responses").has(status)) {
                missing.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return missing;
    }

    /** The operation object at {@code path} and {@code method} (lower case), or a missing node. */
    public static JsonNode operation(JsonNode document, String path, String method) {
        return document.path("paths").path(path).path(method);
    }
}
