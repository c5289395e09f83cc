package id.go.spbe.appregistry.transfer;

import id.go.spbe.platform.test.http.OpenApiContract;
import id.go.spbe.platform.test.http.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static org.assertj.core.api.Assertions.assertThat;

/** Raw-byte and multipart requests (TestHttp sends strings only), job polling and fresh OPDs for transfer tests. */
final class TransferTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    TransferTestSupport(int port) {
        this.port = port;
    }

    /** A response with the body as text. */
    record Reply(int status, String contentType, String location, String body, Map<String, String> headers) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Reply post(String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", token);
        }
        return send(request.build());
    }

    Reply get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            request.header("Authorization", token);
        }
        return send(request.build());
    }

    /** One part of a multipart body; a null file name makes it a plain form field. */
    record Part(String name, String fileName, String type, byte[] content) {
    }

    /** multipart/form-data with one file part and optional text fields. */
    Reply multipart(String path, String token, String filePart, String fileName, String fileType, byte[] file,
            Map<String, String> fields) {
        java.util.List<Part> parts = new java.util.ArrayList<>();
        fields.forEach((name, value) -> parts.add(new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8))));
        if (filePart != null) {
            parts.add(new Part(filePart, fileName, fileType, file));
        }
        return multipart(path, token, parts);
    }

    Reply multipart(String path, String token, java.util.List<Part> parts) {
        String boundary = "----spbe" + UUID.randomUUID().toString().replace("-", "");
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (Part part : parts) {
                String disposition = "form-data; name=\"" + part.name() + "\""
                        + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"");
                out.write(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
                        + (part.type() == null ? "" : "Content-Type: " + part.type() + "\r\n") + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(part.content());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return post(path, token, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    Reply importCsv(String token, String fileName, String csv) {
        return multipart("/api/v1/application-imports", token, "file", fileName, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Polls a job until it is COMPLETED or FAILED. */
    JsonNode awaitJob(String token, String location) {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            Reply reply = get(location, token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonNode job = reply.json();
            String status = job.get("status").asString();
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return job;
            }
            sleep(100);
        }
        throw new AssertionError("import job " + location + " did not finish in time");
    }

    /** Registers a fresh, active OPD through the API and returns its code. */
    String freshOpd(String prefix) {
        String code = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
        registerOpd(code, "OPD Uji " + code, "DINAS");
        return code;
    }

    void registerOpd(String code, String name, String kind) {
        TestHttp.Reply reply = TestHttp.onPort(port).post("/api/v1/opds").auth(admin())
                .json(Map.of("code", code, "name", name, "kind", kind, "dinas", false)).send();
        assertThat(reply.status()).as(reply.toString()).isIn(201, 409);
    }

    static byte[] resource(String path) {
        try (InputStream in = TransferTestSupport.class.getResourceAsStream("/transfer/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource transfer/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> mapOf(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            // every answer must be what the service's OpenAPI document promises (issue 7, defect 13)
            OpenApiContract.check("http://127.0.0.1:" + port, request.method(), request.uri().getRawPath()
                    + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()),
                    response.statusCode(), response.headers().map(), response.body());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location").orElse(null), response.body(), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
