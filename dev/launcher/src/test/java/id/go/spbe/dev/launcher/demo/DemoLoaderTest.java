package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's HTTP side against a stand-in gateway and token endpoint (a JDK HttpServer): who calls what, how a
 * refused item is reported, and when the demo is skipped. The real rules are exercised on the whole stack.
 */
class DemoLoaderTest {

    private static final Pattern WORKFLOW = Pattern.compile("/api/v1/applications/([^/]+)/([a-z-]+)");
    private static final Map<String, String> STATUS_AFTER = Map.of("submit", "SUBMITTED", "reject", "REJECTED",
            "recommend", "RECOMMENDED", "deposit", "DEPOSITED", "activate", "ACTIVE",
            "decommission", "DECOMMISSIONED");

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY each call waits ~40 ms (Nagle and
        // delayed ACK), which makes ~500 calls slow. Read once when the server classes load.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    record Call(String method, String path, String user, String body) {
    }

    @TempDir
    Path home;

    private HttpServer server;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger applications = new AtomicInteger();
    private volatile int existingApplications;
    private volatile int unavailableAnswers = 1;
    private volatile int rateLimitedAnswers = 1;
    private volatile boolean keycloakRefuses;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/api/", this::api);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private DemoLoader loader() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        DemoApi api = new DemoApi(base, base + "/token", "demo", Duration.ofSeconds(5));
        // The directory and application steps this fake gateway answers; each later step has its own test, and the
        // e2e suite loads the whole region (DemoLoader.steps) against the real services.
        return new DemoLoader(api, home, DemoLoader.steps(base, base).subList(0, 4));
    }

    @Test
    void loadsTheRegionAsTheRightUsersAndReportsARefusedItemWithItsProblemDetail() {
        List<String> console = new ArrayList<>();
        DemoLoader.Result result = loader().load(console::add);

        DemoRegion region = DemoRegion.load();
        DemoReport report = result.report();
        assertThat(result.loaded()).isTrue();
        assertThat(report.failures()).containsExactly(
                "OPD SETWAN: register → 422 G1: Kode OPD ditolak oleh direktori.");
        assertThat(console).anyMatch(l -> l.contains("SETWAN") && l.contains("Kode OPD ditolak"));
        assertThat(report.count(OpdStructureStep.KIND)).isEqualTo(region.opds().size() - 1);
        assertThat(report.count(ApplicationsStep.KIND)).isEqualTo(region.applications().size());
        assertThat(report.count(SubdomainsStep.KIND)).isEqualTo(4);
        assertThat(report.count(IntegrationsStep.KIND)).isEqualTo(3);
        assertThat(result.message()).contains("ACTIVE 27").contains("REJECTED 3").contains("1 gagal");

        // The seeded OPDs are renamed with the ETag just read; new ones are registered by Dinas.
        assertThat(calls).anyMatch(c -> c.method().equals("PUT") && c.path().equals("/api/v1/opds/DISKOMINFO")
                && c.body().contains("Dinas Komunikasi, Informatika dan Statistik"));
        assertThat(calls).filteredOn(c -> c.path().equals("/api/v1/opds") && c.method().equals("POST"))
                .allMatch(c -> c.user().equals("admin.dinas"));
        // The health office's operator registers its own applications, Dinas decides, the coordinator approves.
        assertThat(calls).anyMatch(c -> c.path().equals("/api/v1/applications") && c.user().equals("operator.dinkes")
                && c.body().contains("\"name\":\"SIHA (sistem informasi HIV dan AIDS)\""));
        assertThat(calls).filteredOn(c -> c.path().endsWith("/recommend") || c.path().endsWith("/activate")
                || c.path().endsWith("/reject")).allMatch(c -> c.user().equals("admin.dinas")).isNotEmpty();
        assertThat(calls).filteredOn(c -> c.path().endsWith("/shared-use-approval"))
                .allMatch(c -> c.user().equals("sekda")).isNotEmpty();
        // Required documents as multipart: a PDF and a zip per deposited application.
        assertThat(calls).filteredOn(c -> c.path().endsWith("/documents"))
                .anyMatch(c -> c.body().contains("name=\"kind\"\r\n\r\nUSER_MANUAL") && c.body().contains("%PDF-1.4"))
                .anyMatch(c -> c.body().contains("SOURCE_CODE") && c.body().contains("kode-sumber.zip"));
        assertThat(Files.exists(home.resolve(DemoLoader.MARKER))).isTrue();
    }

    @Test
    void theSecondStartOfTheSameHomeLoadsNothing() {
        loader().load(l -> { });
        int before = calls.size();
        DemoLoader.Result again = loader().load(l -> { });
        assertThat(again.loaded()).isFalse();
        assertThat(again.message()).contains("loaded before");
        assertThat(calls).hasSize(before);
    }

    @Test
    void aRegisterThatAlreadyHoldsApplicationsIsLeftAloneAndRemembered() {
        existingApplications = 12;
        DemoLoader.Result result = loader().load(l -> { });
        assertThat(result.loaded()).isFalse();
        assertThat(result.message()).contains("already holds data");
        assertThat(calls).noneMatch(c -> c.method().equals("POST"));
        assertThat(Files.exists(home.resolve(DemoLoader.MARKER))).isTrue();
    }

    @Test
    void withoutTokensNothingLoadsAndTheNextStartTriesAgain() {
        keycloakRefuses = true;
        DemoLoader.Result result = loader().load(l -> { });
        assertThat(result.loaded()).isFalse();
        assertThat(result.report().failures()).singleElement().asString().contains("token for admin.dinas")
                .contains("Invalid user credentials");
        assertThat(Files.exists(home.resolve(DemoLoader.MARKER))).isFalse();
    }

    private void token(HttpExchange ex) throws IOException {
        String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher user = Pattern.compile("username=([^&]+)").matcher(form);
        if (keycloakRefuses || !form.contains("client_id=spbe-cli") || !user.find()) {
            reply(ex, 401, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}", null);
            return;
        }
        reply(ex, 200, "{\"access_token\":\"tok-" + URLDecoder.decode(user.group(1), StandardCharsets.UTF_8)
                + "\",\"expires_in\":300}", null);
    }

    private void api(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        String user = ex.getRequestHeaders().getFirst("Authorization").replace("Bearer tok-", "");
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
        if (method.equals("GET") && path.equals("/api/v1/applications")) {
            if (unavailableAnswers-- > 0) {
                reply(ex, 503, "", null); // the gateway before Eureka knows the service: retried
                return;
            }
            reply(ex, 200, "{\"items\":[],\"totalItems\":" + existingApplications + "}", null);
            return;
        }
        if (path.equals("/api/v1/opds") && rateLimitedAnswers-- > 0) {
            ex.getResponseHeaders().set("Retry-After", "1"); // the gateway's per-user limit: waited out, not lost
            reply(ex, 429, "{\"status\":429,\"title\":\"Too Many Requests\"}", null);
            return;
        }
        if (method.equals("GET") && path.equals("/api/v1/regulation-profile")) { // as app-registry publishes it
            reply(ex, 200, "{\"id\":\"rejang-lebong\",\"applications\":{\"domain\":\"rejanglebongkab.go.id\","
                    + "\"classes\":[\"UMUM\",\"KHUSUS\"],\"requiredDocuments\":[\"REQUIREMENTS_SPEC\","
                    + "\"USER_MANUAL\",\"SOURCE_CODE\"],\"signedDocumentsRequired\":false}}", null);
            return;
        }
        calls.add(new Call(method, path, user, body));
        if (method.equals("GET") && path.startsWith("/api/v1/opds/")) {
            reply(ex, 200, "{\"code\":\"" + path.substring(13) + "\",\"name\":\"Nama lama\",\"kind\":\"DINAS\","
                    + "\"dinas\":false,\"active\":true,\"mandiriTik\":false,\"parentCode\":null}", "\"1\"");
        } else if (method.equals("PUT")) {
            reply(ex, "\"1\"".equals(ex.getRequestHeaders().getFirst("If-Match")) ? 200 : 412, "{}", "\"2\"");
        } else if (path.equals("/api/v1/opds") && body.contains("\"code\":\"SETWAN\"")) {
            ex.getResponseHeaders().set("Content-Type", "application/problem+json");
            reply(ex, 422, "{\"title\":\"Aturan dilanggar\",\"status\":422,\"obligation\":\"G1\","
                    + "\"detail\":\"Kode OPD ditolak oleh direktori.\"}", null);
        } else if (path.equals("/api/v1/applications")) {
            reply(ex, 201, "{\"id\":\"app-" + applications.incrementAndGet() + "\",\"status\":\"DRAFT\"}", null);
        } else {
            Matcher m = WORKFLOW.matcher(path);
            if (m.matches() && STATUS_AFTER.containsKey(m.group(2))) {
                reply(ex, 200, "{\"id\":\"" + m.group(1) + "\",\"status\":\"" + STATUS_AFTER.get(m.group(2)) + "\"}",
                        null);
            } else {
                reply(ex, 201, "{}", null);
            }
        }
    }

    private static void reply(HttpExchange ex, int status, String body, String etag) throws IOException {
        if (etag != null) {
            ex.getResponseHeaders().set("ETag", etag);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }
}
