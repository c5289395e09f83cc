package id.go.spbe.platform.test.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for integration and end-to-end tests: real requests over the loopback, JSON bodies, bearer
 * tokens, and responses whose JSON can be asserted directly. Every response is checked against the OpenAPI document
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

    /** A request being built. */
    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;
        private boolean checked = true;

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
            this.body = value instanceof String s ? s : JSON.writeValueAsString(value);
            headers.putIfAbsent("Content-Type", "application/json");
            return this;
        }

        public Call body(String contentType, String raw) {
            this.body = raw;
            headers.put("Content-Type", contentType);
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
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (checked) {
                    OpenApiContract.check(baseUrl, method, path, response.statusCode(), response.headers().map(),
                            response.body());
                }
                return new Reply(response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A response with its body parsed lazily as JSON. */
    public static final class Reply {
        private final HttpResponse<String> response;

        Reply(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String text() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
