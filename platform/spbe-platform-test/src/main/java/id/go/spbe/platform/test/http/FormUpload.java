package id.go.spbe.platform.test.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shape of the services' upload endpoints on {@link TestHttp}: a multipart POST of form fields and files, each file
 * as part {@code file}, optionally with If-Match; and downloads whose bytes a test compares. Every answer is checked
 * against the service's OpenAPI document, as with any {@link TestHttp} call.
 */
public final class FormUpload {

    private final TestHttp http;

    public FormUpload(int port) {
        this.http = TestHttp.onPort(port);
    }

    /** A file to upload as part {@code file}. */
    public record FilePart(String filename, String contentType, byte[] content) {
    }

    /** POSTs the form {@code fields} and, unless null, {@code file}. */
    public TestHttp.Reply multipart(String path, String token, String ifMatch, Map<String, String> fields,
            FilePart file) {
        return multipartFiles(path, token, ifMatch, fields, file == null ? List.of() : List.of(file));
    }

    /** POSTs the form {@code fields} and each of {@code files} (none: a form without a file part). */
    public TestHttp.Reply multipartFiles(String path, String token, String ifMatch, Map<String, String> fields,
            List<FilePart> files) {
        List<TestHttp.Part> parts = new ArrayList<>();
        fields.forEach((name, value) -> parts.add(TestHttp.Part.field(name, value)));
        files.forEach(file -> parts.add(TestHttp.Part.file("file", file.filename(), file.contentType(),
                file.content())));
        TestHttp.Call call = http.post(path).auth(token).multipart(parts);
        if (ifMatch != null) {
            call.header("If-Match", ifMatch);
        }
        return call.send();
    }

    public TestHttp.Reply get(String path, String token) {
        return http.get(path).auth(token).send();
    }
}
