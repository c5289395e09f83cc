package id.go.spbe.appregistry.document;

import id.go.spbe.platform.test.http.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The document API's calls on {@link TestHttp}: uploads of one file with a kind, downloads as bytes with headers. */
final class DocumentHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final TestHttp json;

    DocumentHttp(int port) {
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
        java.util.List<TestHttp.Part> parts = new java.util.ArrayList<>();
        fields.forEach((name, value) -> parts.add(TestHttp.Part.field(name, value)));
        if (file != null) {
            parts.add(TestHttp.Part.file(file.name(), file.filename(), file.contentType(), file.content()));
        }
        return reply(json.post(path).auth(token).multipart(parts).send());
    }

    Reply get(String path, String token) {
        return reply(json.get(path).auth(token).send());
    }

    Reply send(String method, String path, String token, String contentType, byte[] body) {
        TestHttp.Call call = switch (method) {
            case "GET" -> json.get(path);
            case "POST" -> json.post(path);
            case "PUT" -> json.put(path);
            case "PATCH" -> json.patch(path);
            case "DELETE" -> json.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
        if (body != null) {
            call.body(contentType, body);
        }
        return reply(call.auth(token).send());
    }

    private static Reply reply(TestHttp.Reply answer) {
        return new Reply(answer.status(), answer.headers(), answer.bytes());
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

}
