package id.go.spbe.appregistry.document;

import java.net.http.HttpHeaders;

/** {@link DocumentHttp} for tests of other features (the passport), which live in other packages. */
public final class DocumentHttpAccess {

    private final DocumentHttp http;

    public DocumentHttpAccess(int port) {
        this.http = new DocumentHttp(port);
    }

    /** A response with raw bytes. */
    public record Reply(int status, HttpHeaders headers, byte[] body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public String register(String token, String name) {
        return http.register(token, name);
    }

    /** Uploads a document and returns its recorded SHA-256. */
    public String uploadAndGetSha256(String applicationId, String token, String kind, String filename,
            byte[] content) {
        DocumentHttp.Reply reply = http.upload(applicationId, token, kind, filename, "application/octet-stream",
                content);
        if (reply.status() != 201) {
            throw new AssertionError("upload failed: " + reply);
        }
        return reply.json().get("document").get("sha256").asString();
    }

    /** POSTs a JSON body; the reply's status and body. */
    public Reply postJson(String path, String token, java.util.Map<String, ?> body) {
        var reply = http.json.post(path).auth(token).json(body).send();
        return new Reply(reply.status(), java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true),
                reply.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public Reply get(String path, String token) {
        DocumentHttp.Reply reply = http.get(path, token);
        return new Reply(reply.status(), reply.headers(), reply.body());
    }
}
