package id.go.spbe.appregistry.transfer;

import id.go.spbe.platform.test.http.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static org.assertj.core.api.Assertions.assertThat;

/** Raw-byte and multipart requests with text answers, job polling and fresh OPDs for transfer tests. */
final class TransferTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Imports of thousands of rows and their exports take longer than a plain call. */
    private static final Duration SLOW = Duration.ofSeconds(60);

    private final TestHttp http;

    TransferTestSupport(int port) {
        this.http = TestHttp.onPort(port);
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
        return reply(http.post(path).auth(token).body(contentType, body).timeout(SLOW).send());
    }

    Reply get(String path, String token) {
        return reply(http.get(path).auth(token).timeout(SLOW).send());
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
        return reply(http.post(path).auth(token).multipart(parts.stream()
                .map(p -> new TestHttp.Part(p.name(), p.fileName(), p.type(), p.content())).toList())
                .timeout(SLOW).send());
    }

    private static Reply reply(TestHttp.Reply answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        answer.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        return new Reply(answer.status(), answer.contentType(), answer.header("Location"), answer.text(), headers);
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
        TestHttp.Reply reply = http.post("/api/v1/opds").auth(admin())
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
