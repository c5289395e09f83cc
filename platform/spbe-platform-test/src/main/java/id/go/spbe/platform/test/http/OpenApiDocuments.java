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

    /**
     * Fetches {@code /v3/api-docs} and writes it, pretty-printed, to {@code target/openapi/<service>.json}; fails
     * when the document describes the caller's identity as request input.
     */
    public static JsonNode publish(int port, String service) {
        TestHttp.Reply reply = TestHttp.onPort(port).get("/v3/api-docs").send();
        if (reply.status() != 200) {
            throw new AssertionError("no OpenAPI document: " + reply);
        }
        JsonNode document = reply.json();
        // The caller is the bearer token's, never the request's: a documented Caller (a query parameter or a
        // multipart field "caller") would invite clients to send one.
        if (document.path("components").path("schemas").has("Caller")) {
            throw new AssertionError(service + " documents the token's Caller as request input: "
                    + "a controller argument of type Caller escaped the platform's springdoc ignore list");
        }
        Path file = Path.of("target", "openapi", service + ".json");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }

    /**
     * Holds the document to the snapshot the web application generates its API types from
     * ({@code web/openapi/<service>.json}): a changed API fails here until the snapshot is renewed, and the renewed
     * snapshot then fails the web build wherever the SPA no longer matches. {@code -Dspbe.openapi.update=true}
     * renews it.
     */
    public static void assertMatchesWebSnapshot(JsonNode document, String service) {
        Path snapshot = Path.of("..", "web", "openapi", service + ".json");
        try {
            if (Boolean.getBoolean("spbe.openapi.update")) {
                Files.writeString(snapshot, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
                return;
            }
            if (!Files.exists(snapshot)) {
                throw new AssertionError("no snapshot " + snapshot.toAbsolutePath().normalize()
                        + ": run this test with -Dspbe.openapi.update=true and commit it");
            }
            JsonNode expected = JSON.readTree(Files.readString(snapshot));
            if (!expected.equals(document)) {
                throw new AssertionError(service + "'s API differs from " + snapshot.normalize() + ", the snapshot the"
                        + " web application is typed against. Renew it (-Dspbe.openapi.update=true), commit it, and"
                        + " build web/ to see what the change breaks there.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
