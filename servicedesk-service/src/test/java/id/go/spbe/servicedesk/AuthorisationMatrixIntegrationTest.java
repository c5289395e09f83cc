package id.go.spbe.servicedesk;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.auditor;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.machine;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC1, S2, S3: every endpoint × role × own/other OPD, against a DINKES ticket in DINKES's Tier 1 queue. Another
 * OPD's record is a 404 (no existence leak), a role that may not act a 403; each write cell gets a fresh ticket.
 * All mismatches are collected and reported together.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class AuthorisationMatrixIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;
    final Map<String, String> callers = new LinkedHashMap<>();
    final List<String> mismatches = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directory(mongo);
        rosters(http);
        callers.put("operator own", operator("DINKES"));
        callers.put("operator other", operator("DISDIK"));
        callers.put("tier1 own", tier1("DINKES", "teknisi.dinkes"));
        callers.put("tier1 other", tier1("DISDIK", "teknisi.disdik"));
        callers.put("tier2", tier2("agen.tier2"));
        callers.put("dinas", admin());
        callers.put("auditor", auditor());
        callers.put("machine own", machine("DINKES", "sipp-dinkes"));
        callers.put("coordinator", TestJwtIssuer.shared().user("koordinator").roles("COORDINATOR").bearer());
    }

    /** A multipart body with one small text file (text is binary-safe in a String). */
    record Multipart(String raw) {

        static final String BOUNDARY = "matriks";

        static Multipart textFile() {
            return new Multipart("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"log.txt\"\r\nContent-Type: text/plain\r\n\r\nERROR koneksi ditolak\r\n--"
                    + BOUNDARY + "--\r\n");
        }
    }

    String attachment(String ticketId) {
        return http.post("/api/v1/tickets/" + ticketId + "/attachments").auth(operator("DINKES"))
                .body("multipart/form-data; boundary=" + Multipart.BOUNDARY, Multipart.textFile().raw()).send()
                .json().get("fileId").asString();
    }

    String ticket() {
        TestHttp.Reply reply = http.post("/api/v1/tickets").auth(operator("DINKES"))
                .json(form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG")).send();
        return reply.json().get("id").asString();
    }

    /** expected statuses in the order of {@link #callers}. */
    void row(String method, Function<String, String> path, Object body, boolean freshTicketPerCell,
            int... expected) {
        String shared = ticket();
        int i = 0;
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            String id = freshTicketPerCell ? ticket() : shared;
            String p = path.apply(id);
            TestHttp.Call call = switch (method) {
                case "GET" -> http.get(p);
                case "POST" -> http.post(p);
                case "PUT" -> http.put(p);
                default -> http.delete(p);
            };
            call.auth(caller.getValue());
            if (body instanceof Multipart m) {
                call.body("multipart/form-data; boundary=" + Multipart.BOUNDARY, m.raw());
            } else if (body != null) {
                call.json(body);
            }
            int status = call.send().status();
            if (status != expected[i]) {
                mismatches.add(method + " " + path.apply("{id}") + " as " + caller.getKey() + ": " + status
                        + ", expected " + expected[i]);
            }
            i++;
        }
    }

    @Test
    void everyEndpointByRoleAndOpd_SEC1_S2_S3() {
        // callers: op own, op other, t1 own, t1 other, tier2, dinas, auditor, machine own, coordinator
        row("GET", id -> "/api/v1/tickets/" + id, null, false, 200, 404, 200, 404, 200, 200, 200, 200, 200);
        row("GET", id -> "/api/v1/tickets/" + id + "/comments", null, false,
                200, 404, 200, 404, 200, 200, 200, 200, 200);
        row("GET", id -> "/api/v1/tickets/" + id + "/history", null, false,
                200, 404, 200, 404, 200, 200, 200, 200, 200);
        row("GET", id -> "/api/v1/tickets/" + id + "/sla", null, false, 200, 404, 200, 404, 200, 200, 200, 200, 200);
        row("GET", id -> "/api/v1/tickets?opd=DINKES", null, false, 200, 403, 200, 403, 200, 200, 200, 200, 200);
        row("GET", id -> "/api/v1/tickets/site-options?opd=DINKES", null, false,
                200, 403, 200, 403, 200, 200, 403, 200, 403);
        row("GET", id -> "/api/v1/tickets/export.csv?opd=DINKES", null, false,
                200, 403, 200, 403, 200, 200, 200, 200, 200);
        row("POST", id -> "/api/v1/tickets", form("KELUHAN", "LAINNYA", "RENDAH", "RENDAH"), false,
                201, 201, 201, 201, 201, 201, 403, 201, 403);
        Map<String, Object> forDisdik = form("KELUHAN", "LAINNYA", "RENDAH", "RENDAH");
        forDisdik.put("requesterOpd", "DISDIK");
        row("POST", id -> "/api/v1/tickets", forDisdik, false, 403, 201, 403, 201, 403, 201, 403, 403, 403);
        row("POST", id -> "/api/v1/tickets/" + id + "/take", null, true, 403, 403, 200, 404, 403, 403, 403, 403, 403);
        row("POST", id -> "/api/v1/tickets/" + id + "/assign", Map.of("assignee", "teknisi2.dinkes"), true,
                403, 403, 200, 404, 403, 403, 403, 403, 403);
        row("POST", id -> "/api/v1/tickets/" + id + "/escalate", Map.of("reason", "butuh Dinas"), true,
                403, 403, 200, 404, 403, 403, 403, 403, 403);
        row("POST", id -> "/api/v1/tickets/" + id + "/comments", Map.of("text", "info"), true,
                201, 404, 201, 404, 403, 201, 403, 201, 403);
        row("POST", id -> "/api/v1/tickets/" + id + "/reprioritize",
                Map.of("impact", "TINGGI", "urgency", "TINGGI", "reason", "meluas"), true,
                403, 403, 200, 404, 403, 403, 403, 403, 403);
        // a NEW ticket is not resolved (409) by the one agent who may act; everyone else is refused first
        row("POST", id -> "/api/v1/tickets/" + id + "/resolve", Map.of("resolutionNote", "x"), true,
                403, 403, 409, 404, 403, 403, 403, 403, 403);
        row("POST", id -> "/api/v1/tickets/" + id + "/close", null, true, 409, 404, 409, 404, 403, 409, 403, 409, 403);
        row("POST", id -> "/api/v1/tickets/" + id + "/attachments", Multipart.textFile(), false,
                201, 404, 201, 404, 403, 201, 403, 201, 403);
        row("GET", id -> "/api/v1/tickets/" + id + "/attachments/" + attachment(id), null, true,
                200, 404, 200, 404, 200, 200, 200, 200, 200);
        row("GET", id -> "/api/v1/tier1-roster/DINKES", null, false, 200, 404, 200, 404, 200, 200, 200, 200, 200);
        row("GET", id -> "/api/v1/tier1-roster/DINKES/history", null, false,
                200, 404, 200, 404, 200, 200, 200, 200, 200);
        row("GET", id -> "/api/v1/sla-policies/GANGGUAN/KRITIS/history", null, false,
                200, 200, 200, 200, 200, 200, 200, 200, 200);
        row("GET", id -> "/api/v1/tier1-roster", null, false, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row("PUT", id -> "/api/v1/tier1-roster/DISDIK",
                Map.of("technicians", List.of(Map.of("username", "teknisi.disdik", "name", "Teknisi Disdik"))), false,
                403, 403, 403, 403, 403, 200, 403, 403, 403);
        row("POST", id -> "/api/v1/tier1-roster/DISDIK/withdraw", Map.of("reason", "pindah tugas"), false,
                403, 403, 403, 403, 403, 200, 403, 403, 403);
        rosters(http);
        row("GET", id -> "/api/v1/tier1-roster/coverage", null, false, 403, 403, 403, 403, 200, 200, 200, 403, 200);
        // the Tier 2 roster is Dinas's, region-wide: read by region-wide roles, written by Dinas (an empty roster
        // written, so the desk stays addressed as a whole for the other tests)
        row("GET", id -> "/api/v1/tier2-roster", null, false, 403, 403, 403, 403, 200, 200, 200, 403, 200);
        row("GET", id -> "/api/v1/tier2-roster/history", null, false, 403, 403, 403, 403, 200, 200, 200, 403, 200);
        row("PUT", id -> "/api/v1/tier2-roster", Map.of("agents", List.of()), false,
                403, 403, 403, 403, 403, 200, 403, 403, 403);
        row("GET", id -> "/api/v1/sla-policies", null, false, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row("PUT", id -> "/api/v1/sla-policies/KELUHAN/RENDAH", Map.of("timeToOwnMinutes", 240,
                "firstResponseMinutes", 480, "resolutionMinutes", 2250, "reason", "tinjauan berkala"), false,
                403, 403, 403, 403, 403, 200, 403, 403, 403);
        row("GET", id -> "/api/v1/business-calendar/days?year=2026", null, false,
                200, 200, 200, 200, 200, 200, 200, 200, 200);
        row("PUT", id -> "/api/v1/business-calendar/days/2030-01-02", Map.of("name", "Libur", "kind",
                "LIBUR_DAERAH"), false, 403, 403, 403, 403, 403, 200, 403, 403, 403);
        row("DELETE", id -> "/api/v1/business-calendar/days/2030-01-02", null, false,
                403, 403, 403, 403, 403, 200, 403, 403, 403);
        assertThat(mismatches).isEmpty();
    }

    /** A DINKES change taken by its Tier 1 and moved through {@code steps} (analysis, approval, approve, …). */
    String change(String... steps) {
        TestHttp.Reply reply = http.post("/api/v1/tickets").auth(operator("DINKES"))
                .json(form("PERUBAHAN", "INFRASTRUKTUR", "SEDANG", "SEDANG")).send();
        String id = reply.json().get("id").asString();
        http.post("/api/v1/tickets/" + id + "/take").auth(tier1("DINKES", "teknisi.dinkes")).send();
        for (String step : steps) {
            String token = step.equals("approve") ? admin() : tier1("DINKES", "teknisi.dinkes");
            assertThat(http.post("/api/v1/changes/" + id + "/" + step).auth(token).json(Map.of("note", "n")).send()
                    .status()).as(step).isEqualTo(200);
        }
        return id;
    }

    @Test
    void everyChangeEndpointByRoleAndOpd_S6_SEC1() {
        // callers: op own, op other, t1 own, t1 other, tier2, dinas, auditor, machine own, coordinator
        int[] desk = {403, 403, 200, 404, 403, 403, 403, 403, 403};
        int[] approver = {403, 404, 403, 404, 403, 200, 403, 403, 403};
        row("GET", id -> "/api/v1/changes/" + change(), null, false, 200, 404, 200, 404, 200, 200, 200, 200, 200);
        row("GET", id -> "/api/v1/changes?opd=DINKES", null, false, 200, 403, 200, 403, 200, 200, 200, 200, 200);
        Map<String, Object> note = Map.of("note", "catatan");
        row("POST", id -> "/api/v1/changes/" + change() + "/analysis", note, false, desk);
        row("POST", id -> "/api/v1/changes/" + change("analysis") + "/approval", note, false, desk);
        row("POST", id -> "/api/v1/changes/" + change("analysis", "approval") + "/approve", note, false, approver);
        row("POST", id -> "/api/v1/changes/" + change("analysis", "approval") + "/refuse", Map.of("reason", "tidak"),
                false, approver);
        row("POST", id -> "/api/v1/changes/" + change("analysis", "approval", "approve") + "/implementation", note,
                false, desk);
        row("POST", id -> "/api/v1/changes/" + change("analysis", "approval", "approve", "implementation")
                + "/evaluation", note, false, desk);
        row("POST", id -> "/api/v1/changes/" + change("analysis", "approval", "approve", "implementation",
                "evaluation") + "/close", note, false, desk);
        assertThat(mismatches).isEmpty();
    }

    /** A DINKES problem taken by its Tier 1. */
    String problem() {
        String id = http.post("/api/v1/tickets").auth(operator("DINKES"))
                .json(form("MASALAH", "JARINGAN", "SEDANG", "SEDANG")).send().json().get("id").asString();
        http.post("/api/v1/tickets/" + id + "/take").auth(tier1("DINKES", "teknisi.dinkes")).send();
        return id;
    }

    @Test
    void everyProblemEndpointByRoleAndOpd_S1_SEC1() {
        // callers: op own, op other, t1 own, t1 other, tier2, dinas, auditor, machine own, coordinator
        // tier2 may act on the incident but does not work the Tier 1 problem: 403
        row("POST", id -> "/api/v1/tickets/" + id + "/problem", Map.of("problemId", problem()), true,
                403, 403, 200, 404, 403, 403, 403, 403, 403);
        row("DELETE", id -> {
            http.post("/api/v1/tickets/" + id + "/problem").auth(tier1("DINKES", "teknisi.dinkes"))
                    .json(Map.of("problemId", problem())).send();
            return "/api/v1/tickets/" + id + "/problem";
        }, null, true, 403, 403, 200, 404, 403, 403, 403, 403, 403);
        row("GET", id -> "/api/v1/tickets?problem=" + id, null, false, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void onlyTheRequesterRatesAClosedTicket_S4_SEC1() {
        // callers: op own (the requester), op other, t1 own, t1 other, tier2, dinas, auditor, machine own, coordinator
        row("POST", id -> {
            String t1 = tier1("DINKES", "teknisi.dinkes");
            http.post("/api/v1/tickets/" + id + "/take").auth(t1).send();
            http.post("/api/v1/tickets/" + id + "/resolve").auth(t1).json(Map.of("resolutionNote", "ok")).send();
            http.post("/api/v1/tickets/" + id + "/close").auth(t1).send();
            return "/api/v1/tickets/" + id + "/satisfaction";
        }, Map.of("score", 5), true, 201, 404, 403, 404, 403, 403, 403, 403, 403);
        assertThat(mismatches).isEmpty();
    }

    /** A fresh article by Tier 2, published or not: its path and ETag. */
    String[] article(boolean published) {
        String t2 = tier2("agen.tier2");
        TestHttp.Reply created = http.post("/api/v1/knowledge-articles").auth(t2).json(Map.of("title",
                "Printer tidak mencetak", "body", "Bersihkan rol.", "category", "PERANGKAT")).send();
        String path = "/api/v1/knowledge-articles/" + created.json().get("id").asString();
        if (!published) {
            return new String[] {path, created.header("ETag")};
        }
        TestHttp.Reply reply = http.post(path + "/publish").auth(t2).header("If-Match", created.header("ETag")).send();
        return new String[] {path, reply.header("ETag")};
    }

    /** As {@link #row}, with a fresh article per cell and its ETag in If-Match. */
    void articleRow(String method, String suffix, boolean published, Object body, int... expected) {
        int i = 0;
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            String[] article = article(published);
            TestHttp.Call call = method.equals("PUT") ? http.put(article[0] + suffix) : http.post(article[0] + suffix);
            call.auth(caller.getValue()).header("If-Match", article[1]);
            if (body != null) {
                call.json(body);
            }
            int status = call.send().status();
            if (status != expected[i]) {
                mismatches.add(method + " /api/v1/knowledge-articles/{id}" + suffix + " as " + caller.getKey() + ": "
                        + status + ", expected " + expected[i]);
            }
            i++;
        }
    }

    /** A DINKES ticket resolved by its Tier 1. */
    String resolvedTicket(String id) {
        String t1 = tier1("DINKES", "teknisi.dinkes");
        http.post("/api/v1/tickets/" + id + "/take").auth(t1).send();
        http.post("/api/v1/tickets/" + id + "/resolve").auth(t1).json(Map.of("resolutionNote", "Rol dibersihkan"))
                .send();
        return id;
    }

    @Test
    void everyKnowledgeEndpointByRoleAndOpd_S7_SEC1() {
        // callers: op own, op other, t1 own, t1 other, tier2, dinas, auditor, machine own, coordinator
        int[] everyone = {200, 200, 200, 200, 200, 200, 200, 200, 200};
        int[] curators = {404, 404, 200, 200, 200, 200, 404, 404, 404};
        int[] writers = {403, 403, 200, 200, 200, 200, 403, 403, 403};
        String published = article(true)[0];
        String draft = article(false)[0];
        row("GET", id -> "/api/v1/knowledge-articles?q=printer", null, false, everyone);
        row("GET", id -> "/api/v1/knowledge-articles?status=DRAFT", null, false, everyone);
        row("GET", id -> published, null, false, everyone);
        row("GET", id -> published + "/versions", null, false, everyone);
        row("GET", id -> published + "/versions/1", null, false, everyone);
        row("GET", id -> published + "/history", null, false, everyone);
        row("GET", id -> draft, null, false, curators);
        row("GET", id -> draft + "/versions/1", null, false, curators);
        row("GET", id -> draft + "/history", null, false, curators);
        row("POST", id -> "/api/v1/knowledge-articles/suggestions", Map.of("title", "printer"), false, everyone);
        row("POST", id -> "/api/v1/knowledge-articles", Map.of("title", "Judul", "body", "Isi", "category",
                "DATA"), false, 403, 403, 201, 201, 201, 201, 403, 403, 403);
        // from a DINKES ticket: another OPD's agent does not see it
        row("POST", id -> "/api/v1/tickets/" + resolvedTicket(id) + "/knowledge-article", null, true,
                403, 403, 201, 404, 201, 201, 403, 403, 403);
        articleRow("PUT", "", false, Map.of("title", "Judul baru", "body", "Isi baru", "category", "DATA"), writers);
        articleRow("PUT", "", true, Map.of("title", "Judul baru", "body", "Isi baru", "category", "DATA"), writers);
        articleRow("POST", "/publish", false, null, writers);
        articleRow("POST", "/archive", true, null, writers);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void anEscalatedTicketIsWorkedByTier2OnlyAndStillHiddenFromOtherOpds_S3() {
        // callers: op own, op other, t1 own, t1 other, tier2, dinas, auditor, machine own, coordinator
        Function<String, String> escalated = id -> {
            http.post("/api/v1/tickets/" + id + "/escalate").auth(tier1("DINKES", "teknisi.dinkes"))
                    .json(Map.of("reason", "perlu Tier 2")).send();
            return id;
        };
        row("GET", id -> "/api/v1/tickets/" + escalated.apply(id), null, true,
                200, 404, 200, 404, 200, 200, 200, 200, 200);
        row("POST", id -> "/api/v1/tickets/" + escalated.apply(id) + "/take", null, true,
                403, 403, 403, 404, 200, 403, 403, 403, 403);
        assertThat(mismatches).isEmpty();
    }

    /**
     * S4, SEC1: the monthly supervision report. Dinas, Tier 2, coordinators and auditors read every OPD (and the PDF,
     * which holds every OPD's figures); an OPD's Tier 1 agents and operators read their own OPD's row (asking for
     * another OPD is 403), not the PDF; machine clients nothing.
     */
    @Test
    void supervisionReportsByRoleAndOpd_S4_SEC1() {
        // callers: op own, op other, t1 own, t1 other, tier2, dinas, auditor, machine own, coordinator
        row("GET", id -> "/api/v1/supervision/monthly?month=2025-01", null, false,
                200, 200, 200, 200, 200, 200, 200, 403, 200);
        row("GET", id -> "/api/v1/supervision/monthly?month=2025-01&opd=DINKES", null, false,
                200, 403, 200, 403, 200, 200, 200, 403, 200);
        row("GET", id -> "/api/v1/supervision/monthly.csv?month=2025-01&opd=DINKES", null, false,
                200, 403, 200, 403, 200, 200, 200, 403, 200);
        row("GET", id -> "/api/v1/supervision/monthly.pdf?month=2025-01", null, false,
                403, 403, 403, 403, 200, 200, 200, 403, 200);
        assertThat(mismatches).isEmpty();
    }
}
