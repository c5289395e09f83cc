package id.go.spbe.audit.support;

import id.go.spbe.platform.test.http.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Multipart uploads and raw downloads for audit-service (report PDF, evidence and remediation files) on the
 * platform's {@link TestHttp}, which checks each answer against the service's OpenAPI document.
 */
public final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestHttp http;

    public RawHttp(int port) {
        this.http = TestHttp.onPort(port);
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
        return multipart(path, token, ifMatch, fields, file == null ? List.of() : List.of(file));
    }

    /** POSTs the form {@code fields} and each of {@code files} as a part "file". */
    public Reply multipart(String path, String token, String ifMatch, Map<String, String> fields,
            List<FilePart> files) {
        List<TestHttp.Part> parts = new ArrayList<>();
        fields.forEach((name, value) -> parts.add(TestHttp.Part.field(name, value)));
        files.forEach(file -> parts.add(TestHttp.Part.file("file", file.filename(), file.contentType(),
                file.content())));
        TestHttp.Call call = http.post(path).auth(token).multipart(parts);
        if (ifMatch != null) {
            call.header("If-Match", ifMatch);
        }
        return reply(call.send());
    }

    public Reply get(String path, String token) {
        return reply(http.get(path).auth(token).send());
    }

    private static Reply reply(TestHttp.Reply answer) {
        return new Reply(answer.status(), answer.headers(), answer.bytes());
    }
}
