package id.go.spbe.dev.launcher.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The platform's public API as a demo user sees it: every call goes through the gateway with that user's own token
 * (password grant of the dev client {@code spbe-cli}), so every rule and every authorisation applies as in real use.
 * A gateway that cannot reach a service yet (502-504, Eureka still propagating) is retried within {@code patience}.
 */
public final class DemoApi {

    static final String CLIENT_ID = "spbe-cli";

    private final String gatewayUrl;
    private final String tokenEndpoint;
    private final String password;
    private final Duration patience;
    private final HttpClient http;
    private final Map<String, Token> tokens = new HashMap<>();

    public DemoApi(String gatewayUrl, String tokenEndpoint, String password, Duration patience) {
        this.gatewayUrl = gatewayUrl;
        this.tokenEndpoint = tokenEndpoint;
        this.password = password;
        this.patience = patience;
        // HTTP/1.1: no h2c upgrade attempt on every plain-http request
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A reply: status, parsed JSON body (or the raw text), ETag, Retry-After. */
    public record Reply(int status, Object body, String etag, String retryAfter) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }

        String string(String field) {
            Object v = json().get(field);
            return v == null ? null : v.toString();
        }

        /** What went wrong, from the RFC 9457 problem details where there are some. */
        String problem() {
            Map<String, Object> p = json();
            StringBuilder sb = new StringBuilder().append(status);
            if (p.get("obligation") != null) {
                sb.append(' ').append(p.get("obligation"));
            }
            Object detail = p.get("detail") != null ? p.get("detail") : p.get("title");
            if (detail != null) {
                sb.append(": ").append(detail);
            } else if (body instanceof String s && !s.isBlank()) {
                sb.append(": ").append(s.length() > 300 ? s.substring(0, 300) + "…" : s);
            }
            if (p.get("errors") != null) {
                sb.append(' ').append(Json.write(p.get("errors")));
            }
            return sb.toString();
        }
    }

    public Reply get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    /** POST with a JSON body; {@code body} null sends none. */
    public Reply post(String user, String path, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (body == null) {
            b.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        }
        return send(user, b);
    }

    /** POST with a JSON body (or none) and If-Match, for steps that require the version the caller saw. */
    public Reply post(String user, String path, Object body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (body == null) {
            b.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(user, b);
    }

    public Reply put(String user, String path, Object body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(user, b);
    }

    /** multipart/form-data with text fields and one file part. */
    public Reply upload(String user, String path, Map<String, String> fields, String fileField, String filename,
            String contentType, byte[] content) {
        String boundary = "spbe-demo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(user, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create(gatewayUrl + path);
    }

    private Reply send(String user, HttpRequest.Builder request) {
        request.header("Authorization", "Bearer " + token(user)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        return exchange(request.build());
    }

    private Reply exchange(HttpRequest request) {
        Instant deadline = Instant.now().plus(patience);
        long pause = 250;
        while (true) {
            Reply reply;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                reply = new Reply(response.statusCode(), body(response.body()),
                        response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Retry-After").orElse(null));
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new DemoFailure(request.method() + " " + request.uri().getPath() + ": " + e);
                }
                reply = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted");
            }
            // 502/503: the gateway has no instance yet (never reached the service, so a retry cannot repeat a
            // write); 429: the gateway's per-user rate limit, which a loader sending hundreds of calls may meet.
            boolean unavailable = reply == null || reply.status() == 502 || reply.status() == 503;
            boolean limited = reply != null && reply.status() == 429;
            if (!(unavailable || limited) || Instant.now().isAfter(deadline)) {
                return reply;
            }
            sleep(limited ? retryAfterMillis(reply) : pause);
            pause = Math.min(pause * 2, 2000);
        }
    }

    private static long retryAfterMillis(Reply reply) {
        try {
            return Math.min(10, Math.max(1, Long.parseLong(reply.retryAfter().trim()))) * 1000;
        } catch (NullPointerException | NumberFormatException e) {
            return 1000;
        }
    }

    private static Object body(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException notJson) {
            return text;
        }
    }

    private String token(String user) {
        Token t = tokens.get(user);
        if (t != null && Instant.now().isBefore(t.refreshAfter())) {
            return t.value();
        }
        String form = formBody(Map.of("grant_type", "password", "client_id", CLIENT_ID, "username", user,
                "password", password));
        Reply reply = exchange(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String value = reply.string("access_token");
        if (!reply.ok() || value == null) {
            throw new DemoFailure("token for " + user + ": " + reply.status() + " "
                    + (reply.string("error_description") != null ? reply.string("error_description") : reply.body()));
        }
        long lifetime = reply.json().get("expires_in") instanceof Number n ? n.longValue() : 60;
        tokens.put(user, new Token(value, Instant.now().plusSeconds(Math.max(5, lifetime - 30))));
        return value;
    }

    private static String formBody(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }

    private record Token(String value, Instant refreshAfter) {
    }

    /** Fails unless the reply is 2xx, naming the step and the problem. */
    static Reply expect(Reply reply, String step) {
        if (!reply.ok()) {
            throw new DemoFailure(step + " → " + reply.problem());
        }
        return reply;
    }

    static List<Object> items(Reply page) {
        Object items = page.json().get("items");
        return items instanceof List<?> list ? List.copyOf(list) : List.of();
    }
}
