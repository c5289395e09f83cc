package id.go.spbe.servicedesk;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never gives a 5xx (one sweep per controller family): malformed or mistyped bodies and parameters are a
 * 400 naming the field, the wrong media type a 415, no token a 401, an unknown record a 404.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class BadInputSweepIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directory(mongo);
        rosters(http);
    }

    static void assertField(TestHttp.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode errors = reply.json().get("errors");
        assertThat(errors).as(reply.toString()).isNotNull();
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).as(reply.toString()).contains(field);
    }

    @Test
    void ticketsRefuseBadBodiesAndQueriesWithClear4xx() {
        String op = operator("DINKES");
        assertThat(http.post("/api/v1/tickets").json(form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG")).send()
                .status()).isEqualTo(401);
        TestHttp.Reply malformed = http.post("/api/v1/tickets").auth(op).json("{\"type\": ").send();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("type").asString()).endsWith("/malformed-request");
        Map<String, Object> noType = form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG");
        noType.remove("type");
        assertField(http.post("/api/v1/tickets").auth(op).json(noType).send(), "type");
        assertField(http.post("/api/v1/tickets").auth(op).json(form("GANGGUAN", "PERANGKAT", "GENTING", "SEDANG"))
                .send(), "impact");
        Map<String, Object> longTitle = form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG");
        longTitle.put("title", "x".repeat(201));
        assertField(http.post("/api/v1/tickets").auth(op).json(longTitle).send(), "title");
        Map<String, Object> bidi = form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG");
        bidi.put("description", "normal \u202E desrever");
        assertField(http.post("/api/v1/tickets").auth(op).json(bidi).send(), "description");
        assertThat(http.post("/api/v1/tickets").auth(op).body("text/plain", "hai").send().status()).isEqualTo(415);
        Map<String, Object> numberTitle = form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG");
        numberTitle.put("title", Map.of("a", 1));
        assertField(http.post("/api/v1/tickets").auth(op).json(numberTitle).send(), "title");

        for (String query : new String[] {"queue=TIER9", "size=500", "sort=password", "open=mungkin", "page=-1",
                "status=HILANG"}) {
            TestHttp.Reply reply = http.get("/api/v1/tickets?" + query).auth(op).send();
            assertThat(reply.status()).as(query + ": " + reply).isEqualTo(400);
        }
        for (String query : new String[] {"size=500", "sort=password", "page=-1", "size=nol"}) {
            TestHttp.Reply reply = http.get("/api/v1/tickets/site-options?" + query).auth(op).send();
            assertThat(reply.status()).as("site-options " + query + ": " + reply).isEqualTo(400);
        }
        assertField(http.get("/api/v1/tickets/site-options?q=" + "x".repeat(101)).auth(op).send(), "q");
        Map<String, Object> longSite = form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG");
        longSite.put("affectedSiteId", "s".repeat(101));
        assertField(http.post("/api/v1/tickets").auth(op).json(longSite).send(), "affectedSiteId");
        Map<String, Object> objectSite = form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG");
        objectSite.put("affectedSiteId", Map.of("id", 1));
        assertField(http.post("/api/v1/tickets").auth(op).json(objectSite).send(), "affectedSiteId");
        assertThat(http.get("/api/v1/tickets/00000000-0000-0000-0000-000000000000").auth(op).send().status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/tickets/bukan-id!").auth(op).send().status()).isEqualTo(404);
    }

    @Test
    void workflowStepsRefuseBadBodiesWithClear4xx() {
        String id = http.post("/api/v1/tickets").auth(operator("DINKES"))
                .json(form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG")).send().json().get("id").asString();
        String t1 = tier1("DINKES", "teknisi.dinkes");
        assertThat(http.post("/api/v1/tickets/" + id + "/escalate").auth(t1).json("{\"reason\":").send().status())
                .isEqualTo(400);
        assertField(http.post("/api/v1/tickets/" + id + "/assign").auth(t1).json(Map.of()).send(), "assignee");
        assertField(http.post("/api/v1/tickets/" + id + "/comments").auth(t1).json(Map.of("text", "")).send(),
                "text");
        assertField(http.post("/api/v1/tickets/" + id + "/reprioritize").auth(t1)
                .json(Map.of("impact", "TINGGI", "urgency", 7, "reason", "x")).send(), "urgency");
        assertThat(http.post("/api/v1/tickets/" + id + "/evidence/isolate;rm/secure").auth(t1).send().status())
                .isEqualTo(400);
        TestHttp.Reply lower = http.post("/api/v1/tickets/" + id + "/evidence/isolate/secure").auth(t1).send();
        assertThat(lower.status()).as(lower.toString()).isEqualTo(400);
        assertThat(http.post("/api/v1/tickets/" + id + "/escalate").auth(t1).body("text/plain", "alasan").send()
                .status()).isEqualTo(415);
        assertThat(http.post("/api/v1/tickets/00000000-0000-0000-0000-000000000000/take").auth(t1).send()
                .status()).isEqualTo(404);
    }

    @Test
    void changeStagesRefuseBadInputWithClear4xx_S6() {
        String id = http.post("/api/v1/tickets").auth(operator("DINKES"))
                .json(form("PERUBAHAN", "INFRASTRUKTUR", "SEDANG", "SEDANG")).send().json().get("id").asString();
        String t1 = tier1("DINKES", "teknisi.dinkes");
        http.post("/api/v1/tickets/" + id + "/take").auth(t1).send();
        assertThat(http.post("/api/v1/changes/" + id + "/analysis").json(Map.of("note", "a")).send().status())
                .isEqualTo(401);
        assertThat(http.post("/api/v1/changes/" + id + "/analysis").auth(t1).json("{\"note\":").send().status())
                .isEqualTo(400);
        assertField(http.post("/api/v1/changes/" + id + "/analysis").auth(t1).json(Map.of("note", "x".repeat(8001)))
                .send(), "note");
        assertField(http.post("/api/v1/changes/" + id + "/analysis").auth(t1).json(Map.of("note", List.of(1)))
                .send(), "note");
        assertField(http.post("/api/v1/changes/" + id + "/refuse").auth(admin())
                .json(Map.of("reason", "x".repeat(4001))).send(), "reason");
        assertThat(http.post("/api/v1/changes/" + id + "/analysis").auth(t1).body("text/plain", "a").send()
                .status()).isEqualTo(415);
        TestHttp.Reply blank = http.post("/api/v1/changes/" + id + "/analysis").auth(t1).json(Map.of()).send();
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().get("obligation").asString()).isEqualTo("S6");
        assertThat(http.post("/api/v1/changes/" + id + "/analysis").auth(t1).header("If-Match", "bukan-etag")
                .json(Map.of("note", "a")).send().status()).isIn(400, 412);
        for (String query : new String[] {"stage=HILANG", "size=500", "sort=password", "open=mungkin"}) {
            TestHttp.Reply reply = http.get("/api/v1/changes?" + query).auth(t1).send();
            assertThat(reply.status()).as(query + ": " + reply).isEqualTo(400);
        }
        assertThat(http.get("/api/v1/changes/bukan-id!").auth(t1).send().status()).isEqualTo(404);
        assertThat(http.post("/api/v1/changes/00000000-0000-0000-0000-000000000000/analysis").auth(t1)
                .json(Map.of("note", "a")).send().status()).isEqualTo(404);
    }

    @Test
    void problemLinksRefuseBadInputWithClear4xx_S1() {
        String id = http.post("/api/v1/tickets").auth(operator("DINKES"))
                .json(form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG")).send().json().get("id").asString();
        String t1 = tier1("DINKES", "teknisi.dinkes");
        assertField(http.post("/api/v1/tickets/" + id + "/problem").auth(t1).json(Map.of()).send(), "problemId");
        assertField(http.post("/api/v1/tickets/" + id + "/problem").auth(t1).json(Map.of("problemId", "a;b"))
                .send(), "problemId");
        assertThat(http.post("/api/v1/tickets/" + id + "/problem").auth(t1)
                .json(Map.of("problemId", "00000000-0000-0000-0000-000000000000")).send().status()).isEqualTo(404);
        assertThat(http.delete("/api/v1/tickets/" + id + "/problem").auth(t1).send().status()).isEqualTo(409);
        assertField(http.post("/api/v1/tickets/" + id + "/resolve").auth(t1)
                .json(Map.of("resolutionNote", "x", "resolveChildren", "barangkali")).send(), "resolveChildren");
        String op = operator("DINKES");
        assertField(http.post("/api/v1/tickets/" + id + "/satisfaction").auth(op).json(Map.of()).send(), "score");
        assertField(http.post("/api/v1/tickets/" + id + "/satisfaction").auth(op).json(Map.of("score", 0)).send(),
                "score");
        assertField(http.post("/api/v1/tickets/" + id + "/satisfaction").auth(op).json(Map.of("score", "lima"))
                .send(), "score");
        assertField(http.post("/api/v1/tickets/" + id + "/satisfaction").auth(op)
                .json(Map.of("score", 3, "comment", "x".repeat(2001))).send(), "comment");
    }

    @Test
    void knowledgeArticlesRefuseBadInputWithClear4xx_S7() {
        String t2 = tier2("agen.sweep");
        String articles = "/api/v1/knowledge-articles";
        Map<String, Object> good = Map.of("title", "Judul", "body", "Isi", "category", "DATA");
        assertThat(http.post(articles).json(good).send().status()).isEqualTo(401);
        assertThat(http.post(articles).auth(t2).json("{\"title\":").send().status()).isEqualTo(400);
        assertThat(http.post(articles).auth(t2).body("text/plain", "judul").send().status()).isEqualTo(415);
        assertField(http.post(articles).auth(t2).json(Map.of("body", "Isi", "category", "DATA")).send(), "title");
        assertField(http.post(articles).auth(t2).json(Map.of("title", "Judul", "category", "DATA")).send(), "body");
        assertField(http.post(articles).auth(t2).json(Map.of("title", "Judul", "body", "Isi")).send(), "category");
        assertField(http.post(articles).auth(t2).json(Map.of("title", "x".repeat(201), "body", "Isi", "category",
                "DATA")).send(), "title");
        assertField(http.post(articles).auth(t2).json(Map.of("title", "Judul", "body", "Isi", "category",
                "CUACA")).send(), "category");
        assertField(http.post(articles).auth(t2).json(Map.of("fromTicket", "a;b")).send(), "fromTicket");
        assertThat(http.post(articles).auth(t2).json(Map.of("fromTicket", "00000000-0000-0000-0000-000000000000"))
                .send().status()).isEqualTo(404);
        assertField(http.post(articles + "/suggestions").auth(t2).json(Map.of("title", List.of(1))).send(), "title");
        assertField(http.post(articles + "/suggestions").auth(t2).json(Map.of("description", "x".repeat(20001)))
                .send(), "description");

        TestHttp.Reply created = http.post(articles).auth(t2).json(good).send();
        String article = articles + "/" + created.json().get("id").asString();
        assertField(http.put(article).auth(t2).header("If-Match", created.header("ETag"))
                .json(Map.of("title", " ", "body", "Isi", "category", "DATA")).send(), "title");
        TestHttp.Reply noIfMatch = http.put(article).auth(t2).json(good).send();
        assertThat(noIfMatch.status()).isEqualTo(428);
        assertThat(noIfMatch.json().get("type").asString()).endsWith("/precondition-required");
        assertThat(http.post(article + "/publish").auth(t2).header("If-Match", "bukan-etag").send().status())
                .isEqualTo(412);
        assertThat(http.get(article + "/versions/0").auth(t2).send().status()).isEqualTo(404);
        assertThat(http.get(article + "/versions/satu").auth(t2).send().status()).isEqualTo(404);
        assertThat(http.get(articles + "/bukan-id!").auth(t2).send().status()).isEqualTo(404);
        assertThat(http.post(articles + "/00000000-0000-0000-0000-000000000000/publish").auth(t2)
                .header("If-Match", "\"0\"").send().status()).isEqualTo(404);
        for (String query : new String[] {"status=HILANG", "category=CUACA", "size=500", "sort=password",
                "page=-1", "ticket=a;b", "q=" + "x".repeat(501)}) {
            TestHttp.Reply reply = http.get(articles + "?" + query).auth(t2).send();
            assertThat(reply.status()).as(query + ": " + reply).isEqualTo(400);
        }
    }

    @Test
    void rostersPoliciesAndTheCalendarRefuseBadInputWithClear4xx() {
        assertField(http.put("/api/v1/tier1-roster/DISDIK").auth(admin()).json(Map.of()).send(), "technicians");
        assertField(http.put("/api/v1/tier1-roster/DISDIK").auth(admin()).json(Map.of("technicians",
                java.util.List.of(Map.of("username", "a", "name", "A", "phone", "telepon saya")))).send(),
                "technicians[0].phone");
        assertThat(http.get("/api/v1/tier1-roster/dinkes").auth(admin()).send().status()).isEqualTo(404);

        // the Tier 2 roster: every agent has a username, a name, an address and whether they are active
        assertField(http.put("/api/v1/tier2-roster").auth(admin()).json(Map.of()).send(), "agents");
        assertField(http.put("/api/v1/tier2-roster").auth(admin()).json(Map.of("agents", java.util.List.of(
                Map.of("username", "agen.tier2", "name", "Agen", "email", "bukan-alamat", "active", true)))).send(),
                "agents[0].email");
        assertField(http.put("/api/v1/tier2-roster").auth(admin()).json(Map.of("agents", java.util.List.of(
                Map.of("username", " ", "name", "Agen", "email", "a@diskominfo.test")))).send(),
                "agents[0].username");
        assertField(http.put("/api/v1/tier2-roster").auth(admin()).json(Map.of("agents", java.util.List.of(
                Map.of("username", "agen.tier2", "name", "Agen", "email", "a@diskominfo.test")))).send(),
                "agents[0].active");
        TestHttp.Reply notBoolean = http.put("/api/v1/tier2-roster").auth(admin()).json(Map.of("agents",
                java.util.List.of(Map.of("username", "agen.tier2", "name", "Agen", "email", "a@diskominfo.test",
                        "active", "mungkin")))).send();
        assertThat(notBoolean.status()).as(notBoolean.toString()).isEqualTo(400);
        TestHttp.Reply notJson = http.put("/api/v1/tier2-roster").auth(admin()).body("application/json", "{agents")
                .send();
        assertThat(notJson.status()).as(notJson.toString()).isEqualTo(400);

        assertThat(http.get("/api/v1/sla-policies/GAIB/KRITIS").auth(admin()).send().status()).isEqualTo(400);
        assertField(http.put("/api/v1/sla-policies/GANGGUAN/KRITIS").auth(admin()).json(Map.of(
                "timeToOwnMinutes", "lima belas", "firstResponseMinutes", 30, "resolutionMinutes", 240,
                "reason", "x")).send(), "timeToOwnMinutes");
        TestHttp.Reply zero = http.put("/api/v1/sla-policies/GANGGUAN/KRITIS").auth(admin()).json(Map.of(
                "timeToOwnMinutes", 0, "firstResponseMinutes", 30, "resolutionMinutes", 240, "reason", "x")).send();
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.json().get("obligation").asString()).isEqualTo("S5");

        assertThat(http.get("/api/v1/business-calendar/days").auth(admin()).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/business-calendar/days?year=abc").auth(admin()).send().status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/business-calendar/days?year=1999").auth(admin()).send().status())
                .isEqualTo(400);
        assertField(http.put("/api/v1/business-calendar/days/2031-01-02").auth(admin())
                .json(Map.of("kind", "LIBUR_DAERAH")).send(), "name");
        assertThat(http.delete("/api/v1/business-calendar/days/2031-07-07").auth(admin()).send().status())
                .isEqualTo(404);
    }

    /** S4: the month of a supervision report is YYYY-MM, not before 2000, not after the current month (400 naming it). */
    @Test
    void supervisionRefusesBadMonthsAndOpdsWithA400_S4() {
        for (String path : new String[] {"/api/v1/supervision/monthly", "/api/v1/supervision/monthly.csv",
                "/api/v1/supervision/monthly.pdf"}) {
            for (String month : new String[] {"2025-13", "2025-1", "abc", "99999-01", "1999-12", "2999-01", "",
                    "2025-00", "2025-06-01"}) {
                assertField(http.get(path + "?month=" + month).auth(admin()).send(), "month");
            }
            TestHttp.Reply missing = http.get(path).auth(admin()).send();
            assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
            assertThat(missing.contentType()).startsWith("application/problem+json");
            assertThat(http.get(path + "?month=2025-01").send().status()).isEqualTo(401);
        }
        assertField(http.get("/api/v1/supervision/monthly?month=2025-01&opd=TIDAK-ADA").auth(admin()).send(), "opd");
        assertField(http.get("/api/v1/supervision/monthly.csv?month=2025-01&opd=%3Cscript%3E").auth(admin()).send(),
                "opd");
    }
}
