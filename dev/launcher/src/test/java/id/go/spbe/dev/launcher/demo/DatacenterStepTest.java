package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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

/**
 * The data-center demo step against a stand-in gateway: who calls what, in which order, with which body. The service's
 * own rules (capacity, A1, D6…) are exercised on the whole stack; here the calls must be the ones its API expects.
 */
class DatacenterStepTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    record Call(String method, String path, String user, Map<String, Object> body) {
    }

    private HttpServer server;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();
    /** The first VPS request is answered 422 A1 this many times, as before app-registry's event has arrived. */
    private volatile int notYetKnown = 1;
    /** A path every POST to which is refused (422), to show one failure does not stop the rest. */
    private volatile String refuse = "";

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

    private DemoReport load(List<String> console) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        DemoReport report = new DemoReport(console::add);
        DemoContext ctx = new DemoContext(new DemoApi(base, base + "/token", "demo", Duration.ofSeconds(5)), null, null,
                report);
        for (String inventoryId : List.of("22", "134", "10", "20", "182", "156", "74", "172", "154", "69")) {
            ctx.registered(inventoryId, "app-" + inventoryId, "ACTIVE");
        }
        new DatacenterStep("http://127.0.0.1:8080", "http://127.0.0.1:8082", Duration.ofSeconds(5)).load(ctx);
        return report;
    }

    @Test
    void loadsSitesVpsInEveryStateMonitorsAndBackupsAsTheRightUsers() {
        List<String> console = new ArrayList<>();
        DemoReport report = load(console);

        assertThat(report.failures()).isEmpty();
        assertThat(report.loaded()).containsEntry(DatacenterStep.SITES, 2).containsEntry(DatacenterStep.VPS, 5)
                .containsEntry(DatacenterStep.MONITORS, 3).containsEntry(DatacenterStep.BACKUPS, 2)
                .containsEntry(DatacenterStep.RACKS, 2).containsEntry(DatacenterStep.PLACEMENTS, 1);
        assertThat(posts("/api/v1/racks")).allSatisfy(c -> assertThat(c.body()).containsEntry("dataCenter", "PD-DENPASAR"));
        assertThat(posts("/api/v1/placements/declared")).singleElement()
                .satisfies(c -> assertThat(c.user()).isEqualTo("operator.dinkes"));

        // D9: the DR site exists before the main site's DR targets name it.
        List<Call> sites = posts("/api/v1/data-centers");
        assertThat(sites).extracting(c -> c.body().get("code")).containsExactly("PD-DRC", "PD-DENPASAR");
        assertThat(sites).allMatch(c -> c.user().equals("admin.dinas"));
        @SuppressWarnings("unchecked")
        Map<String, Object> main = (Map<String, Object>) sites.get(1).body().get("dataCenter");
        assertThat(main).containsEntry("role", "MAIN");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> targets = (List<Map<String, Object>>) main.get("drTargets");
        assertThat(targets).hasSize(3).allSatisfy(t ->
                assertThat(t).containsEntry("replicaSite", "PD-DRC").containsEntry("systemKind", "APPLICATION"));

        // D4: requested by the OPD's operator (retried once while the application was unknown), decided by Dinas.
        List<Call> requests = posts("/api/v1/vps-requests");
        assertThat(requests).hasSize(6);
        assertThat(requests.get(0).body()).isEqualTo(requests.get(1).body());
        assertThat(requests.get(1).body()).containsEntry("applicationId", "app-22").containsEntry("vcpu", new BigDecimal("4"))
                .containsEntry("osImage", "ubuntu-22.04").containsKeys("ramGib", "diskGib", "purpose");
        assertThat(requests).extracting(Call::user).containsOnly("operator.dinkes", "operator.disdik");
        assertThat(steps("reject")).singleElement().satisfies(c -> {
            assertThat(c.user()).isEqualTo("admin.dinas");
            assertThat(c.body()).containsEntry("reason", DatacenterStep.REJECT_REASON);
        });
        assertThat(steps("approve")).hasSize(2).allMatch(c -> c.user().equals("admin.dinas"));
        assertThat(steps("provision")).singleElement().satisfies(c -> {
            assertThat(c.user()).isEqualTo("admin.dinas");
            assertThat(c.body()).containsKeys("hostname", "ipAddress", "handover").doesNotContainKey("password");
        });
        assertThat(steps("activate")).singleElement().satisfies(c -> assertThat(c.user()).isEqualTo("operator.dinkes"));
        assertThat(steps("request-resize")).singleElement().satisfies(c ->
                assertThat(c.body()).containsEntry("vcpu", new BigDecimal("6")).containsKey("reason"));

        // D3: the service probes every target, so the demo names loopback ones only.
        assertThat(posts("/api/v1/monitors")).extracting(c -> (String) c.body().get("target"))
                .allMatch(t -> t.startsWith("http://127.0.0.1:") || t.startsWith("tcp://127.0.0.1:"));
        assertThat(calls).filteredOn(c -> c.path().endsWith("/maintenance-windows")).hasSize(1);

        // D6: a successful run carries size and SHA-256; a failed one a message.
        List<Call> runs = posts("/api/v1/backup-runs");
        assertThat(runs).hasSize(2).allMatch(c -> c.user().equals("admin.dinas"));
        assertThat((String) runs.get(0).body().get("checksum")).matches("[0-9a-f]{64}");
        assertThat(runs.get(1).body()).containsEntry("result", "FAILED").containsKey("message");
        assertThat(calls).filteredOn(c -> c.path().endsWith("/restore-tests")).singleElement()
                .satisfies(c -> assertThat(c.body()).containsEntry("result", "PASSED"));
    }

    @Test
    void aRefusedItemIsReportedAndTheRestStillLoads() {
        notYetKnown = 0;
        List<String> console = new ArrayList<>();
        refuse = "/api/v1/data-centers";
        DemoReport report = load(console);

        assertThat(report.failures()).hasSize(2).allMatch(f -> f.startsWith("pusat data PD-"));
        assertThat(report.loaded()).containsEntry(DatacenterStep.VPS, 5).containsEntry(DatacenterStep.BACKUPS, 2);
    }

    private List<Call> posts(String path) {
        return calls.stream().filter(c -> c.method().equals("POST") && c.path().equals(path)).toList();
    }

    private List<Call> steps(String step) {
        return calls.stream().filter(c -> c.path().startsWith("/api/v1/vps-requests/") && c.path().endsWith("/" + step))
                .toList();
    }

    private void token(HttpExchange ex) throws IOException {
        String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher user = Pattern.compile("username=([^&]+)").matcher(form);
        user.find();
        reply(ex, 200, "{\"access_token\":\"tok-" + URLDecoder.decode(user.group(1), StandardCharsets.UTF_8)
                + "\",\"expires_in\":300}");
    }

    @SuppressWarnings("unchecked")
    private void api(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String user = ex.getRequestHeaders().getFirst("Authorization").replace("Bearer tok-", "");
        String text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> body = text.isBlank() ? Map.of() : (Map<String, Object>) Json.parse(text);
        calls.add(new Call(ex.getRequestMethod(), path, user, body));
        if (path.equals(refuse)) {
            reply(ex, 422, "{\"status\":422,\"obligation\":\"D1\",\"detail\":\"Sudah ada pusat data utama.\"}");
        } else if (path.equals("/api/v1/vps-requests") && notYetKnown > 0) {
            notYetKnown--;
            reply(ex, 422, "{\"status\":422,\"obligation\":\"A1\",\"detail\":\"Aplikasi tidak terdaftar.\"}");
        } else {
            reply(ex, path.chars().filter(ch -> ch == '/').count() == 3 ? 201 : 200,
                    "{\"id\":\"id-" + ids.incrementAndGet() + "\"}");
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
