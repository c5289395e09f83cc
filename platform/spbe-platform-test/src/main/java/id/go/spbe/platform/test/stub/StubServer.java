package id.go.spbe.platform.test.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP server on a random loopback port that answers canned JSON and problem+json responses, standing in for
 * another SPBE service (or Keycloak's token endpoint) in a service's tests, and records what it received.
 *
 * <pre>{@code
 * try (StubServer registry = StubServer.start()) {
 *     registry.on("GET", "/api/v1/applications/42").json(200, "{\"id\":\"42\"}");
 *     registry.on("GET", "/api/v1/applications/43").problem(404, "not-found", "Aplikasi tidak ditemukan.");
 *     ... registry.url() ...
 *     assertThat(registry.received("GET", "/api/v1/applications/42").get(0).header("Authorization")) ...
 * }
 * }</pre>
 *
 * A route answers its responses in order, repeating the last one. Paths ending in {@code *} match by prefix.
 * Unknown routes answer 404 problem+json.
 */
public final class StubServer implements AutoCloseable {

    /** One request as the stub received it; header names are lower case. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private record Response(int status, String contentType, String body, Map<String, String> headers,
            Duration delay) {
    }

    /** The canned responses of one method and path. */
    public static final class Route {

        private final String method;
        private final String path;
        private final List<Response> responses = new CopyOnWriteArrayList<>();
        private final AtomicInteger served = new AtomicInteger();

        private Route(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Route json(int status, String body) {
            return respond(status, "application/json", body, Map.of(), Duration.ZERO);
        }

        /** An RFC 9457 problem with the platform's type URI {@code https://spbe.github.io/problems/<slug>}. */
        public Route problem(int status, String typeSlug, String detail) {
            String body = "{\"type\":\"https://spbe.github.io/problems/" + typeSlug + "\",\"title\":\"" + typeSlug
                    + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}";
            return respond(status, "application/problem+json", body, Map.of(), Duration.ZERO);
        }

        /** Answers after {@code delay}, to let a client's read timeout expire. */
        public Route delayed(Duration delay, int status, String body) {
            return respond(status, "application/json", body, Map.of(), delay);
        }

        public Route respond(int status, String contentType, String body, Map<String, String> headers,
                Duration delay) {
            responses.add(new Response(status, contentType, body, Map.copyOf(headers), delay));
            return this;
        }

        boolean matches(String method, String path) {
            return this.method.equalsIgnoreCase(method) && (this.path.endsWith("*")
                    ? path.startsWith(this.path.substring(0, this.path.length() - 1)) : this.path.equals(path));
        }

        Response next() {
            int index = Math.min(served.getAndIncrement(), responses.size() - 1);
            return responses.get(index);
        }
    }

    private final HttpServer server;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private StubServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a stub on a free loopback port. */
    public static StubServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubServer stub = new StubServer(server);
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "stub-server");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The route for {@code method} and {@code path}; routes added later win over earlier ones for the same path. */
    public Route on(String method, String path) {
        Route route = new Route(method, path);
        routes.add(0, route);
        return route;
    }

    /** Base URL, e.g. {@code http://127.0.0.1:54321}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String method, String path) {
        return received.stream().filter(r -> r.method().equalsIgnoreCase(method) && r.path().equals(path)).toList();
    }

    /** Forgets routes and recorded requests (between tests sharing one stub). */
    public void reset() {
        routes.clear();
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(method, path, exchange.getRequestURI().getRawQuery(), Map.copyOf(headers),
                    body));
            Route route = routes.stream().filter(r -> r.matches(method, path) && !r.responses.isEmpty())
                    .findFirst().orElse(null);
            Response response = route != null ? route.next()
                    : new Response(404, "application/problem+json",
                            "{\"type\":\"https://spbe.github.io/problems/not-found\",\"title\":\"Not Found\","
                                    + "\"status\":404,\"detail\":\"stub has no route " + method + " " + path + "\"}",
                            Map.of(), Duration.ZERO);
            if (!response.delay().isZero()) {
                try {
                    Thread.sleep(response.delay().toMillis()); // simulates a slow service, on the stub's thread
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] bytes = response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8);
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
            }
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }
}
