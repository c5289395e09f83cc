package id.go.spbe.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A stand-in for one service on 127.0.0.1: answers 200 JSON naming itself, serves a minimal OpenAPI document at
 * {@code /v3/api-docs}, and records every request it receives. A few paths misbehave on purpose:
 * {@code .../slow} waits 3 s, a POST to {@code .../fails} answers 500, and paths containing {@code cors} carry
 * the service's own {@code Access-Control-Allow-Origin: *}.
 */
public final class StubService {

    private final String serviceId;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private StubService(String serviceId) {
        this.serviceId = serviceId;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, serviceId + "-stub");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static StubService start(String serviceId) {
        StubService stub = new StubService(serviceId);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stub.server.stop(0)));
        return stub;
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests received so far whose path starts with the prefix. */
    public List<Received> received(String pathPrefix) {
        return received.stream().filter(request -> request.path().startsWith(pathPrefix)).toList();
    }

    /** The one request received with exactly this path; fails if there is not exactly one. */
    public Received onlyRequest(String path) {
        List<Received> matching = received.stream().filter(request -> request.path().equals(path)).toList();
        if (matching.size() != 1) {
            throw new AssertionError(serviceId + " received " + matching.size() + " requests for " + path
                    + ", expected one; all: " + received);
        }
        return matching.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    lowerCaseKeys(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
            if (path.endsWith("/slow") || path.endsWith("/slow/report.pdf")) {
                sleep(3_000);
            }
            if (path.endsWith("/fails") && exchange.getRequestMethod().equals("POST")) {
                reply(exchange, 500, "application/problem+json",
                        "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}");
                return;
            }
            if (path.equals("/v3/api-docs")) {
                reply(exchange, 200, "application/json", """
                        {"openapi":"3.1.0","info":{"title":"%s","version":"1"},"paths":{}}""".formatted(serviceId));
                return;
            }
            exchange.getResponseHeaders().add("X-Request-Id", "echo-from-service");
            if (path.contains("cors")) {
                // a service with its own (too lax) CORS policy
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            }
            reply(exchange, 200, "application/json",
                    "{\"service\":\"%s\",\"path\":\"%s\"}".formatted(serviceId, path));
        }
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, List<String>> lowerCaseKeys(Map<String, List<String>> headers) {
        return headers.entrySet().stream().collect(Collectors.toMap(
                entry -> entry.getKey().toLowerCase(Locale.ROOT), entry -> List.copyOf(entry.getValue()),
                (a, b) -> a));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request as the service saw it; header names in lower case. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers,
                           String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public List<String> headerValues(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }
}
