package id.go.spbe.appregistry.document;

import id.go.spbe.platform.test.http.OpenApiContract;
import id.go.spbe.platform.test.http.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Raw-bytes HTTP for the document API ({@link TestHttp} speaks JSON strings only): multipart uploads built by hand,
 * so a test controls every part, and downloads whose bytes and headers can be asserted.
 */
final class DocumentHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    final TestHttp json;

    DocumentHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.json = TestHttp.onPort(port);
    }

    /** A response with raw bytes. */
    record Reply(int status, java.net.http.HttpHeaders headers, byte[] body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode json() {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return status + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One file part. */
    record FilePart(String name, String filename, String contentType, byte[] content) {
    }

    static String documents(String applicationId) {
        return "/api/v1/applications/" + applicationId + "/documents";
    }

    /** Uploads {@code content} as {@code kind}; a null kind or content leaves that part out. */
    Reply upload(String applicationId, String token, String kind, String filename, String declaredType,
            byte[] content) {
        return multipart(documents(applicationId), token, kind == null ? Map.of() : Map.of("kind", kind),
                content == null ? null : new FilePart("file", filename, declaredType, content));
    }

    Reply multipart(String path, String token, Map<String, String> fields, FilePart file) {
        String boundary = "----spbe-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (file != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name()
                    + "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send("POST", path, token, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    Reply send(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            // every answer must be what the service's OpenAPI document promises (issue 7, defect 13)
            String type = response.headers().firstValue("Content-Type").orElse("");
            OpenApiContract.check(baseUrl, method, path, response.statusCode(), response.headers().map(),
                    new String(response.body(), type.contains("json") ? StandardCharsets.UTF_8
                            : StandardCharsets.ISO_8859_1));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers a KHUSUS open-source application ready to submit, as {@code token}'s OPD. */
    String register(String token, String name) {
        TestHttp.Reply created = json.post("/api/v1/applications").auth(token).json(Map.of(
                "name", name,
                "description", "Aplikasi uji dokumen",
                "applicationClass", "KHUSUS",
                "serviceType", "TRANSAKSI",
                "functionDomains", java.util.List.of("SEKTOR_KESEHATAN"),
                "licence", Map.of("kind", "OPEN_SOURCE", "spdxId", "EUPL-1.2"))).send();
        if (created.status() != 201) {
            throw new AssertionError("registration failed: " + created);
        }
        return created.json().get("id").asString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
