package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.go.spbe.dev.launcher.StackConfig;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service-desk demo against a stand-in gateway that keeps tickets the way servicedesk-service routes them (Tier 1
 * where the OPD has a roster, else Tier 2; KEAMANAN at Tier 2 with a checklist): who does each step, what each body
 * holds, and the If-Match the knowledge base requires. The real rules run on the whole stack.
 */
class ServiceDeskStepTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** {@code tier}: where the ticket was when the call came (empty for other calls). */
    record Call(String method, String path, String user, String body, String ifMatch, String tier) {
    }

    private static final Pattern TICKET_STEP = Pattern.compile("/api/v1/tickets/([^/]+)/([a-z-]+)(?:/([A-Z_]+)/secure)?");
    private static final Pattern CHANGE_STEP = Pattern.compile("/api/v1/changes/([^/]+)/([a-z]+)");
    private static final Map<String, String> STATUS_AFTER = Map.of("take", "ASSIGNED", "request-information",
            "WAITING_FOR_REQUESTER", "resolve", "RESOLVED", "close", "CLOSED", "escalate", "NEW", "analysis",
            "ANALYSIS", "approval", "APPROVAL");

    private HttpServer server;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String[]> tickets = new ConcurrentHashMap<>(); // id → {tier, status}
    private final Set<String> rosters = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger unknownApplicationAnswers = new AtomicInteger(1);

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

    @Test
    void loadsTicketsInEveryStateAsTheRightUsersWithRostersAndPublishedArticles() {
        DemoReport report = new DemoReport(line -> { });
        DemoContext ctx = context(report);

        new ServiceDeskStep().load(ctx);

        assertThat(report.failures()).isEmpty();
        assertThat(report.count(ServiceDeskStep.ROSTERS)).isEqualTo(1);
        assertThat(report.count(ServiceDeskStep.TICKETS)).isEqualTo(ServiceDeskStep.PLANNED.size());
        assertThat(report.count(ServiceDeskStep.ARTICLES)).isEqualTo(4); // three published, one drafted from a ticket
        assertThat(report.line()).contains("ASSIGNED").contains("WAITING_FOR_REQUESTER").contains("RESOLVED")
                .contains("CLOSED").contains("NEW").contains("APPROVAL");

        // Dinas names the health office's technician before anything is opened (S2); the education office has none.
        assertThat(calls.get(1)).satisfies(c -> {
            assertThat(c.method()).isEqualTo("PUT");
            assertThat(c.path()).isEqualTo("/api/v1/tier1-roster/DINKES");
            assertThat(c.user()).isEqualTo("admin.dinas");
            assertThat(c.body()).contains("\"username\":\"tier1.dinkes\"");
        });
        assertThat(calls).noneMatch(c -> c.path().equals("/api/v1/tier1-roster/DISDIK"));
        // ...and its Tier 2 agent, whose address the Tier 2 queue's notifications then reach
        assertThat(report.count(ServiceDeskStep.TIER2_ROSTERS)).isEqualTo(1);
        assertThat(calls.get(2)).satisfies(c -> {
            assertThat(c.method()).isEqualTo("PUT");
            assertThat(c.path()).isEqualTo("/api/v1/tier2-roster");
            assertThat(c.user()).isEqualTo("admin.dinas");
            assertThat(c.body()).contains("\"username\":\"tier2.dinas\"").contains("\"active\":true");
        });
        // Each OPD's operator opens its own tickets.
        assertThat(calls).filteredOn(c -> c.method().equals("POST") && c.path().equals("/api/v1/tickets"))
                .allMatch(c -> c.body().contains("\"type\"") && (c.user().equals("operator.dinkes")
                        || c.user().equals("operator.disdik")))
                .anyMatch(c -> c.user().equals("operator.disdik"))
                .anyMatch(c -> c.body().contains("\"category\":\"KEAMANAN\""));
        // A ticket naming an application the service had not heard of yet was tried again, not lost.
        assertThat(unknownApplicationAnswers.get()).isNegative();
        // Tier 1 of DINKES works its OPD's tickets and escalates with a reason (S3); Tier 2 the rest.
        assertThat(calls).filteredOn(c -> c.path().endsWith("/escalate")).singleElement()
                .satisfies(c -> {
                    assertThat(c.user()).isEqualTo("tier1.dinkes");
                    assertThat(c.body()).contains("\"reason\":\"Lampu LOS merah");
                });
        assertThat(calls).filteredOn(c -> c.path().endsWith("/take"))
                .allMatch(c -> c.tier().equals("TIER1") ? c.user().equals("tier1.dinkes")
                        : c.user().equals("tier2.dinas"));
        assertThat(calls).filteredOn(c -> c.path().endsWith("/attachments")).singleElement()
                .satisfies(c -> assertThat(c.body()).contains("name=\"file\"; filename=\"log-koneksi-labkesda.txt\""));
        assertThat(calls).anyMatch(c -> c.path().matches("/api/v1/tickets/[^/]+/evidence/ISOLATE/secure")
                && c.user().equals("tier2.dinas"));
        // The requester closes and rates its own ticket.
        assertThat(calls).filteredOn(c -> c.path().endsWith("/satisfaction")).singleElement()
                .satisfies(c -> assertThat(c.user()).isEqualTo("operator.dinkes"));
        // Articles are published with the ETag their draft was given (If-Match is required).
        assertThat(calls).filteredOn(c -> c.path().endsWith("/publish")).hasSize(3)
                .allMatch(c -> "\"0\"".equals(c.ifMatch()) && c.user().equals("tier2.dinas"));
    }

    @Test
    void plansEveryStateTheScreensShowForBothOfficesWithTheServicesOwnEnumerations() {
        Set<ServiceDeskStep.Outcome> outcomes = EnumSet.noneOf(ServiceDeskStep.Outcome.class);
        ServiceDeskStep.PLANNED.forEach(p -> outcomes.add(p.outcome()));
        assertThat(outcomes).containsExactlyInAnyOrder(ServiceDeskStep.Outcome.values());
        assertThat(ServiceDeskStep.PLANNED).extracting(ServiceDeskStep.Planned::opd).contains("DINKES", "DISDIK");
        assertThat(ServiceDeskStep.PLANNED).extracting(ServiceDeskStep.Planned::type)
                .isSubsetOf(enumNames("TicketType.java"));
        assertThat(ServiceDeskStep.PLANNED).extracting(ServiceDeskStep.Planned::category)
                .isSubsetOf(enumNames("Category.java"));
        assertThat(ServiceDeskStep.PLANNED).flatExtracting(p -> List.of(p.impact(), p.urgency()))
                .isSubsetOf(enumNames("Level.java"));
        assertThat(ServiceDeskStep.ARTICLES_PUBLISHED).extracting(ServiceDeskStep.Article::category)
                .isSubsetOf(enumNames("Category.java"));
        // TicketForm's limits
        ServiceDeskStep.PLANNED.forEach(p -> {
            assertThat(p.title()).hasSizeBetween(1, 200);
            assertThat(p.description()).hasSizeBetween(1, 8000);
        });
    }

    private DemoContext context(DemoReport report) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        DemoApi api = new DemoApi(base, base + "/token", "demo", Duration.ofSeconds(5));
        DemoRegion region = DemoRegion.load();
        DemoContext ctx = new DemoContext(api, region, new RegionProfile("x", "denpasarkota.go.id", List.of("UMUM"),
                List.of(), false), report);
        region.applications().forEach(a -> ctx.registered(a.inventoryId(), "app-" + a.inventoryId(), "ACTIVE"));
        return ctx;
    }

    private String tierOf(String stepPath) {
        Matcher m = TICKET_STEP.matcher(stepPath);
        return m.matches() && tickets.containsKey(m.group(1)) ? tickets.get(m.group(1))[2] : "";
    }

    private void token(HttpExchange ex) throws IOException {
        String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher user = Pattern.compile("username=([^&]+)").matcher(form);
        assertThat(user.find()).isTrue();
        reply(ex, 200, "{\"access_token\":\"tok-" + URLDecoder.decode(user.group(1), StandardCharsets.UTF_8)
                + "\",\"expires_in\":300}", null);
    }

    private void api(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        String user = ex.getRequestHeaders().getFirst("Authorization").replace("Bearer tok-", "");
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
        calls.add(new Call(method, path, user, body, ex.getRequestHeaders().getFirst("If-Match"), tierOf(path)));
        if (path.equals("/api/v1/tier1-roster/coverage")) {
            reply(ex, 200, "{\"tiered\":true,\"uncoveredCount\":2,\"items\":[]}", null);
        } else if (method.equals("PUT") && path.equals("/api/v1/tier2-roster")) {
            reply(ex, 200, "{}", "\"0\"");
        } else if (method.equals("PUT") && path.startsWith("/api/v1/tier1-roster/")) {
            rosters.add(path.substring("/api/v1/tier1-roster/".length()));
            reply(ex, 200, "{}", "\"0\"");
        } else if (method.equals("POST") && path.equals("/api/v1/tickets")) {
            if (body.contains("affectedApplicationId") && unknownApplicationAnswers.getAndDecrement() > 0) {
                problem(ex, 422, "S1", "Aplikasi terdampak belum terdaftar.");
                return;
            }
            String opd = user.equals("operator.dinkes") ? "DINKES" : "DISDIK";
            boolean security = body.contains("\"category\":\"KEAMANAN\"");
            String tier = !security && rosters.contains(opd) ? "TIER1" : "TIER2";
            String id = "00000000-0000-4000-8000-" + String.format("%012d", ids.incrementAndGet());
            tickets.put(id, new String[] {opd, "NEW", tier});
            reply(ex, 201, ticket(id, security), "\"0\"");
        } else if (method.equals("POST") && path.equals("/api/v1/knowledge-articles")) {
            reply(ex, 201, "{\"id\":\"art-" + ids.incrementAndGet() + "\",\"status\":\"DRAFT\"}", "\"0\"");
        } else if (path.endsWith("/publish")) {
            reply(ex, ex.getRequestHeaders().getFirst("If-Match") == null ? 428 : 200, "{}", "\"1\"");
        } else if (path.endsWith("/knowledge-article")) {
            reply(ex, 201, "{\"id\":\"art-" + ids.incrementAndGet() + "\",\"status\":\"DRAFT\"}", "\"0\"");
        } else if (path.endsWith("/attachments")) {
            reply(ex, 201, "{\"fileId\":\"f1\",\"filename\":\"log-koneksi-labkesda.txt\"}", null);
        } else if (path.endsWith("/comments")) {
            reply(ex, 201, "{\"id\":\"c1\",\"internal\":false}", null);
        } else {
            Matcher change = CHANGE_STEP.matcher(path);
            Matcher step = TICKET_STEP.matcher(path);
            String id = change.matches() ? change.group(1) : step.matches() ? step.group(1) : path.substring(16);
            String[] t = tickets.get(id);
            if (t == null) {
                reply(ex, 404, "{}", null);
                return;
            }
            String action = change.matches() ? change.group(2) : step.matches() ? step.group(2) : "";
            if (STATUS_AFTER.containsKey(action)) {
                t[1] = STATUS_AFTER.get(action);
            }
            if (action.equals("escalate")) {
                t[2] = "TIER2";
            }
            reply(ex, 200, ticket(id, false), "\"1\"");
        }
    }

    private String ticket(String id, boolean security) {
        String[] t = tickets.get(id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("requesterOpd", t[0]);
        json.put("status", t[1]);
        json.put("tier", t[2]);
        json.put("evidenceChecklist", security
                ? List.of(Map.of("code", "ISOLATE", "label", "Isolasi", "secured", false),
                        Map.of("code", "LOGS", "label", "Salin log", "secured", false))
                : List.of());
        return Json.write(json);
    }

    private static void problem(HttpExchange ex, int status, String obligation, String detail) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/problem+json");
        reply(ex, status, "{\"status\":" + status + ",\"obligation\":\"" + obligation + "\",\"detail\":\"" + detail
                + "\"}", null);
    }

    private static void reply(HttpExchange ex, int status, String body, String etag) throws IOException {
        if (etag != null) {
            ex.getResponseHeaders().set("ETag", etag);
        }
        if (!ex.getResponseHeaders().containsKey("Content-Type")) {
            ex.getResponseHeaders().set("Content-Type", "application/json");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    /** The constants of one of servicedesk-service's ticket enumerations, read from its source. */
    static Set<String> enumNames(String file) {
        Path source = StackConfig.detectRepoRoot()
                .resolve("servicedesk-service/src/main/java/id/go/spbe/servicedesk/ticket/domain").resolve(file);
        try {
            String code = Files.readString(source).replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", "");
            Matcher m = Pattern.compile("enum \\w+ \\{([^;}]*)").matcher(code);
            assertThat(m.find()).as("enum in " + source).isTrue();
            return Arrays.stream(m.group(1).replaceAll("\\([^)]*\\)", "").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
