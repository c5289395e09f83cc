package id.go.spbe.audit.support;

import id.go.spbe.platform.test.http.OpenApiContract;
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
 * Multipart uploads and raw downloads for audit-service (report PDF, evidence files) ({@code TestHttp} speaks JSON strings only), built by hand
 * like network-service's UploadHttp, each answer checked against the service's OpenAPI document.
 */
public final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public RawHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public record Reply(int status, java.net.http.HttpHeaders headers, byte[] body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return status + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    public record FilePart(String filename, String contentType, byte[] content) {
    }

    /** POSTs the form {@code fields} and, unless null, {@code file} as part "file". */
    public Reply multipart(String path, String token, String ifMatch, Map<String, String> fields, FilePart file) {
        return multipart(path, token, ifMatch, fields, file == null ? java.util.List.of() : java.util.List.of(file));
    }

    /** POSTs the form {@code fields} and each of {@code files} as a part "file". */
    public Reply multipart(String path, String token, String ifMatch, Map<String, String> fields,
            java.util.List<FilePart> files) {
        String boundary = "----spbe-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        for (FilePart file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send("POST", path, token, ifMatch, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, null, null);
    }

    private Reply send(String method, String path, String token, String ifMatch, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            OpenApiContract.check(baseUrl, method, path, response.statusCode(), response.headers().map(),
                    new String(response.body(), type.contains("json") || type.contains("svg")
                            ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
