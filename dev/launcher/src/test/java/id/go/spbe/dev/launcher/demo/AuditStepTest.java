package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
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
 * The audit step against a stand-in gateway: who calls what (Dinas registers auditors and plans, the lead auditor
 * runs the audit and records findings, the health office's operator remediates and answers evidence requests), that
 * it waits for the plan the application events build, and how a region without AU9 monitoring is treated.
 */
class AuditStepTest {

    record Call(String method, String path, String query, String user, String body) {
    }

    private HttpServer server;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();
    /** Answers to GET /audit-plan/objects before the plan shows the applications (events still on their way). */
    private volatile int emptyPlanAnswers = 2;
    private volatile boolean planEverFills = true;
    private volatile boolean certificatesMonitored = true;

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

    private DemoReport run(List<String> console) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        DemoApi api = new DemoApi(base, base + "/token", "demo", Duration.ofSeconds(5));
        DemoReport report = new DemoReport(console::add);
        DemoContext ctx = new DemoContext(api, DemoRegion.load(),
                new RegionProfile("rejang-lebong", null, List.of("UMUM", "KHUSUS"), List.of(), false), report);
        ctx.registered(AuditStep.SITT, "app-sitt", "ACTIVE");
        ctx.registered(AuditStep.SIHA, "app-siha", "ACTIVE");
        new AuditStep(Duration.ofMillis(400), Duration.ofMillis(20)).load(ctx);
        return report;
    }

    @Test
    void loadsAuditorsAuditsFindingsEvidenceAndCertificatesAsTheRightUsers() {
        DemoReport report = run(new ArrayList<>());

        assertThat(report.failures()).isEmpty();
        assertThat(report.count(AuditStep.AUDITORS)).isEqualTo(4);
        assertThat(report.count(AuditStep.AUDITS)).isEqualTo(2);
        assertThat(report.count(AuditStep.FINDINGS)).isEqualTo(2);
        assertThat(report.count(AuditStep.EVIDENCE)).isEqualTo(2);
        assertThat(report.count(AuditStep.CERTIFICATES)).isEqualTo(3);

        // AU3: Dinas registers; the internal lead is the realm's auditor user, one external certificate has expired.
        List<Call> auditors = posts("/api/v1/auditors");
        assertThat(auditors).allMatch(c -> c.user().equals("admin.dinas"));
        assertThat(auditors.get(0).body()).contains("\"type\":\"INTERNAL\"").contains("\"username\":\"auditor\"")
                .contains("\"decree\":{").contains("188.45/1127/HK/");
        assertThat(auditors.get(3).body()).contains("\"type\":\"EXTERNAL_BODY\"").contains("\"certificate\":");

        // Both audits come from the plan once it shows the obligations, with the team (the lead first).
        List<Call> audits = posts("/api/v1/audits");
        assertThat(audits).allMatch(c -> c.user().equals("admin.dinas"));
        assertThat(audits.get(0).body()).contains("\"planItemId\":\"obl-sitt-aplikasi\"")
                .contains("\"team\":[{\"auditorId\":\"id-1\",\"lead\":true},{\"auditorId\":\"id-3\",\"lead\":false}]")
                .doesNotContain("\"kind\"");
        assertThat(audits.get(1).body()).contains("\"planItemId\":\"obl-siha-keamanan\"").contains("\"OTHER\"")
                .contains("\"otherScope\":");
        assertThat(calls).anyMatch(c -> c.path().endsWith("/start") && c.user().equals("auditor"));

        // AU7: the lead auditor records and verifies, the owner OPD's operator remediates and resolves.
        assertThat(posts("/findings")).filteredOn(c -> c.path().startsWith("/api/v1/audits/")).hasSize(2)
                .allMatch(c -> c.user().equals("auditor"));
        assertThat(calls).filteredOn(c -> c.path().endsWith("/start-remediation") || c.path().endsWith("/resolve"))
                .hasSize(3).allMatch(c -> c.user().equals("operator.dinkes"));
        assertThat(calls).filteredOn(c -> c.path().endsWith("/verify")).singleElement()
                .matches(c -> c.user().equals("auditor"));
        // AU2: asked by the team, answered with document ids by the audited OPD.
        assertThat(posts("/evidence-requests")).hasSize(2).allMatch(c -> c.user().equals("auditor"));
        assertThat(calls).filteredOn(c -> c.path().endsWith("/provide")).singleElement()
                .matches(c -> c.user().equals("operator.dinkes")
                        && c.body().contains("\"documentIds\":[\"" + SIHA_DOCUMENT + "\"]"));
        // Working papers: recorded by the team (the lead auditor), for a scope item of the running audit.
        assertThat(report.count(AuditStep.WORKPAPERS)).isEqualTo(1);
        assertThat(posts("/workpapers")).singleElement().matches(c -> c.user().equals("auditor")
                && c.body().contains("\"scopeArea\":\"GOVERNANCE_AND_MANAGEMENT\""));
        // Evidence from other services: the lead auditor pulls the backup compliance into the running audit.
        assertThat(report.count(AuditStep.PULLED)).isEqualTo(1);
        assertThat(posts("/pulled-evidence")).singleElement().matches(c -> c.user().equals("auditor")
                && c.body().contains("\"source\":\"BACKUPS\""));
        // AU9: the health office's certificates by its operator, another OPD's by Dinas.
        assertThat(posts("/api/v1/certificates")).extracting(Call::user)
                .containsExactly("operator.dinkes", "operator.dinkes", "admin.dinas");
        // AU8: Dinas assesses DINKES and records the finding its operator will remedy.
        assertThat(report.count(AuditStep.ASSESSMENTS)).isEqualTo(1);
        assertThat(posts("/api/v1/security-assessments")).singleElement()
                .matches(c -> c.user().equals("admin.dinas") && c.body().contains("\"opd\":\"DINKES\"")
                        && c.body().contains("\"type\":\"VULNERABILITY_ASSESSMENT\""));
        assertThat(calls).filteredOn(c -> c.path().matches("/api/v1/security-assessments/[^/]+/findings"))
                .singleElement().matches(c -> c.user().equals("admin.dinas") && c.body().contains("\"dueDate\""));
    }

    @Test
    void aRegionThatDoesNotMonitorCertificatesIsNotedNotReportedAsFailed() {
        certificatesMonitored = false;
        List<String> console = new ArrayList<>();
        DemoReport report = run(console);
        assertThat(report.failures()).isEmpty();
        assertThat(report.count(AuditStep.CERTIFICATES)).isZero();
        assertThat(posts("/api/v1/certificates")).hasSize(1);
        assertThat(console).anyMatch(l -> l.contains("AU9"));
    }

    @Test
    void withoutThePlanTheAuditsArePlannedAdHocAndTheSecondDoesNotWaitAgain() {
        planEverFills = false;
        List<String> console = new ArrayList<>();
        DemoReport report = run(console);
        assertThat(report.failures()).isEmpty();
        List<Call> audits = posts("/api/v1/audits");
        assertThat(audits.get(0).body()).contains("\"kind\":\"APLIKASI\"").contains("\"auditedOpd\":\"DINKES\"")
                .contains("\"objectId\":\"app-sitt\"").contains("\"objectName\":\"SITT").doesNotContain("planItemId");
        assertThat(audits.get(1).body()).contains("\"kind\":\"KEAMANAN\"").contains("\"objectId\":\"app-siha\"");
        long planReadsBeforeSecond = calls.stream().takeWhile(c -> c != audits.get(0))
                .filter(c -> c.path().equals("/api/v1/audit-plan/objects")).count();
        long planReadsAfter = calls.stream().dropWhile(c -> c != audits.get(0))
                .filter(c -> c.path().equals("/api/v1/audit-plan/objects")).count();
        assertThat(planReadsBeforeSecond).isGreaterThan(1);
        assertThat(planReadsAfter).isEqualTo(1);
        assertThat(console).anyMatch(l -> l.contains("ad hoc"));
    }

    @Test
    void anOpenObligationIsActiveUnscheduledAndOfTheKindAsked() {
        List<Object> objects = List.of(Map.of("id", "app-x", "obligations", List.of(
                Map.of("id", "o1", "kind", "APLIKASI", "status", "OUT_OF_SCOPE"),
                Map.of("id", "o2", "kind", "APLIKASI", "status", "ACTIVE", "scheduledAuditId", "a-9"),
                Map.of("id", "o3", "kind", "KEAMANAN", "status", "ACTIVE"),
                Map.of("id", "o4", "kind", "APLIKASI", "status", "ACTIVE"))));
        assertThat(AuditStep.openObligation(objects, "app-x", "APLIKASI")).contains("o4");
        assertThat(AuditStep.openObligation(objects, "app-x", "INFRASTRUKTUR")).isEmpty();
        assertThat(AuditStep.openObligation(objects, "app-y", "APLIKASI")).isEmpty();
    }

    /** A document SIHA holds in the application repository: the evidence the operator answers with. */
    static final String SIHA_DOCUMENT = "6b0d4f826b4e8aad8cb7cba2";

    private List<Call> posts(String pathEnd) {
        return calls.stream().filter(c -> c.method().equals("POST") && c.path().endsWith(pathEnd)).toList();
    }

    private void token(HttpExchange ex) throws IOException {
        String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher user = Pattern.compile("username=([^&]+)").matcher(form);
        user.find();
        reply(ex, 200, "{\"access_token\":\"tok-" + URLDecoder.decode(user.group(1), StandardCharsets.UTF_8)
                + "\",\"expires_in\":300}");
    }

    private void api(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        String user = ex.getRequestHeaders().getFirst("Authorization").replace("Bearer tok-", "");
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call(method, path, ex.getRequestURI().getQuery(), user, body));
        if (method.equals("GET") && path.equals("/api/v1/audit-plan/objects")) {
            boolean empty = !planEverFills || emptyPlanAnswers-- > 0;
            reply(ex, 200, empty ? "{\"items\":[]}" : "{\"items\":["
                    + "{\"id\":\"app-sitt\",\"obligations\":[{\"id\":\"obl-sitt-aplikasi\",\"kind\":\"APLIKASI\","
                    + "\"status\":\"ACTIVE\"},{\"id\":\"obl-sitt-keamanan\",\"kind\":\"KEAMANAN\",\"status\":\"ACTIVE\"}]},"
                    + "{\"id\":\"app-siha\",\"obligations\":[{\"id\":\"obl-siha-keamanan\",\"kind\":\"KEAMANAN\","
                    + "\"status\":\"ACTIVE\",\"scheduledAuditId\":null}]}]}");
        } else if (method.equals("GET") && path.endsWith("/documents")) {
            reply(ex, 200, "{\"kinds\":[{\"kind\":\"TEST_REPORT\",\"versions\":[{\"fileId\":\"" + SIHA_DOCUMENT
                    + "\",\"version\":1}]}]}");
        } else if (path.equals("/api/v1/certificates") && !certificatesMonitored) {
            reply(ex, 422, "{\"status\":422,\"obligation\":\"AU9\",\"detail\":\"Profil tidak memantau.\"}");
        } else if (path.endsWith("/start") || path.matches(".*/(confirm|start-remediation|resolve|verify|provide)")) {
            reply(ex, 200, "{\"id\":\"x\"}");
        } else {
            reply(ex, 201, "{\"id\":\"id-" + ids.incrementAndGet() + "\"}");
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
