package id.go.spbe.platform.test.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small HTTP client for integration and end-to-end tests: real requests over the loopback, JSON, raw or multipart
 * bodies built by hand (so a test controls every part), bearer tokens, and responses whose JSON, text or bytes can be
 * asserted directly. Every response is checked against the OpenAPI document
 * the service publishes ({@link OpenApiContract}), so the document cannot drift from what the service answers.
 */
public final class TestHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public TestHttp(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static TestHttp onPort(int port) {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call post(String path) {
        return new Call("POST", path);
    }

    public Call put(String path) {
        return new Call("PUT", path);
    }

    public Call patch(String path) {
        return new Call("PATCH", path);
    }

    public Call delete(String path) {
        return new Call("DELETE", path);
    }

    /** One part of a multipart/form-data body: a form field (no file name, no type) or a file. */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        public static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }
    }

    /** A request being built. */
    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private boolean checked = true;
        private Duration timeout = Duration.ofSeconds(30);

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** Sets {@code Authorization}; pass a full header value ({@code "Bearer …"}) or null for none. */
        public Call auth(String authorization) {
            if (authorization != null) {
                headers.put("Authorization", authorization);
            }
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** A JSON body: a String is sent verbatim (so malformed JSON can be tested), anything else is serialised. */
        public Call json(Object value) {
            String text = value instanceof String s ? s : JSON.writeValueAsString(value);
            this.body = text.getBytes(StandardCharsets.UTF_8);
            headers.putIfAbsent("Content-Type", "application/json");
            return this;
        }

        public Call body(String contentType, String raw) {
            return body(contentType, raw.getBytes(StandardCharsets.UTF_8));
        }

        /** Raw bytes as the body; a null content type sends none. */
        public Call body(String contentType, byte[] raw) {
            this.body = raw;
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return this;
        }

        /** A multipart/form-data body with the parts in the order given (a null file part is left out). */
        public Call multipart(List<Part> parts) {
            String boundary = "----spbe-" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Part part : parts) {
                if (part == null) {
                    continue;
                }
                String disposition = "form-data; name=\"" + part.name() + "\""
                        + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"");
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
                        + (part.contentType() == null ? "" : "Content-Type: " + part.contentType() + "\r\n")
                        + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(part.content());
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return body("multipart/form-data; boundary=" + boundary, out.toByteArray());
        }

        /** How long to wait for the answer (30 s unless told): imports and reports may take longer. */
        public Call timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * Skips the check against the service's OpenAPI document. Only for responses no document can describe, e.g.
         * a probe of what the container answers to a request line the service never sees as an operation.
         */
        public Call unchecked() {
            this.checked = false;
            return this;
        }

        /** Sends the request; the response must match the service's OpenAPI document ({@link OpenApiContract}). */
        public Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(timeout)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            try {
                HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                Reply reply = new Reply(response);
                if (checked) {
                    // a binary answer (PDF, PNG) is handed over byte for byte: ISO-8859-1 maps each byte to one char
                    String type = reply.contentType() == null ? "" : reply.contentType();
                    OpenApiContract.check(baseUrl, method, path, response.statusCode(), response.headers().map(),
                            type.contains("json") || type.contains("xml") || type.startsWith("text/") ? reply.text()
                                    : new String(response.body(), StandardCharsets.ISO_8859_1));
                }
                return reply;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A response with its body as bytes, as text in its declared charset (UTF-8 unless told), or as JSON. */
    public static final class Reply {
        private final HttpResponse<byte[]> response;

        Reply(HttpResponse<byte[]> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public HttpHeaders headers() {
            return response.headers();
        }

        public String contentType() {
            return header("Content-Type");
        }

        public byte[] bytes() {
            return response.body();
        }

        public String text() {
            return new String(response.body(), charset());
        }

        public JsonNode json() {
            return JSON.readTree(text());
        }

        private Charset charset() {
            String type = contentType();
            int at = type == null ? -1 : type.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
            if (at < 0) {
                return StandardCharsets.UTF_8;
            }
            String name = type.substring(at + "charset=".length()).split(";")[0].trim().replace("\"", "");
            return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + text();
        }
    }
}
