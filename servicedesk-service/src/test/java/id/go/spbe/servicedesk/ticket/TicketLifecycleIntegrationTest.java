package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.awaitility.Awaitility.await;

/** Tickets over HTTP in the default profile (rejang-lebong: TIERED, WIB): S1, S2, S3, S8 and SEC1. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class TicketLifecycleIntegrationTest {

    static final String T1 = "teknisi.dinkes";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directory(mongo);
        rosters(http);
    }

    JsonNode open(String token, Map<String, Object> body) {
        TestHttp.Reply reply = http.post("/api/v1/tickets").auth(token).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    JsonNode step(String token, String id, String verb, Object body, int expected) {
        TestHttp.Call call = http.post("/api/v1/tickets/" + id + "/" + verb).auth(token);
        TestHttp.Reply reply = (body == null ? call : call.json(body)).send();
        assertThat(reply.status()).as(verb + ": " + reply).isEqualTo(expected);
        return reply.json();
    }

    static void assertRule(JsonNode problem, String obligation) {
        assertThat(problem.get("type").asString()).endsWith("/rule-violation");
        assertThat(problem.get("obligation").asString()).isEqualTo(obligation);
    }

    List<String> queue(String token, String query) {
        TestHttp.Reply reply = http.get("/api/v1/tickets?size=200&" + query).auth(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    @Test
    void aTicketFromTheSpaLandsInItsOpdsTier1QueueWithAnImmutableOpeningTime_S1_S2() {
        Map<String, Object> body = form("GANGGUAN", "PERANGKAT", "SEDANG", "TINGGI");
        body.put("openedAt", "2020-01-01T00:00:00Z"); // not a field of the form: the server's clock decides
        body.put("affectedSite", "Puskesmas Curup");
        Instant before = clock.instant();
        JsonNode ticket = open(operator("DINKES"), body);
        String id = ticket.get("id").asString();
        assertThat(ticket.get("priority").asString()).isEqualTo("TINGGI");
        assertThat(ticket.get("tier").asString()).isEqualTo("TIER1");
        assertThat(ticket.get("status").asString()).isEqualTo("NEW");
        assertThat(ticket.get("requesterOpd").asString()).isEqualTo("DINKES");
        assertThat(ticket.get("channel").asString()).isEqualTo("PORTAL");
        assertThat(Instant.parse(ticket.get("openedAt").asString())).isEqualTo(before);
        assertThat(ticket.has("routingReason") && !ticket.get("routingReason").isNull()).isFalse();

        assertThat(queue(tier1("DINKES", T1), "queue=TIER1&open=true")).contains(id);
        assertThat(queue(operator("DISDIK"), "")).doesNotContain(id);
        assertThat(queue(tier2("agen.tier2"), "queue=TIER1&opd=DINKES")).contains(id);
        assertThat(http.get("/api/v1/tickets?opd=DINKES").auth(operator("DISDIK")).send().status()).isEqualTo(403);

        JsonNode opened = TicketEventsSupport.published(id, "ticket.opened");
        assertThat(opened.get("tier").asString()).isEqualTo("TIER1");
        assertThat(opened.get("openedBy").asString()).isEqualTo("operator.dinkes");
        // an incident's title may name people: not on the region-wide topic (only a change's is)
        assertThat(opened.path("title").isNull() || opened.path("title").isMissingNode()).isTrue();

        clock.advance(Duration.ofMinutes(5));
        step(tier1("DINKES", T1), id, "take", null, 200);
        JsonNode again = http.get("/api/v1/tickets/" + id).auth(operator("DINKES")).send().json();
        assertThat(Instant.parse(again.get("openedAt").asString())).isEqualTo(before);
    }

    @Test
    void tier1WorksATicketThroughItsLifeCycleAndInternalCommentsStayInternal_S1_S2() {
        String id = open(operator("DINKES"), form("PERMINTAAN", "AKUN_DAN_AKSES", "RENDAH", "SEDANG"))
                .get("id").asString();
        JsonNode taken = step(tier1("DINKES", T1), id, "take", null, 200);
        assertThat(taken.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(taken.get("assignee").asString()).isEqualTo(T1);
        assertThat(TicketEventsSupport.published(id, "ticket.assigned").get("assignee").asString()).isEqualTo(T1);

        step(tier1("DINKES", T1), id, "comments", Map.of("text", "Cek LDAP dulu", "internal", true), 201);
        JsonNode waiting = step(tier1("DINKES", T1), id, "request-information",
                Map.of("question", "Mohon NIP pegawai yang meminta akun."), 200);
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING_FOR_REQUESTER");
        assertThat(TicketEventsSupport.published(id, "ticket.commented").get("internal").asBoolean()).isTrue();
        TicketEventsSupport.published(id, "ticket.information-requested");
        // the requester's answer resumes the work (and the clocks)
        step(operator("DINKES"), id, "comments", Map.of("text", "NIP 198001012005011001"), 201);
        assertThat(http.get("/api/v1/tickets/" + id).auth(operator("DINKES")).send().json().get("status")
                .asString()).isEqualTo("ASSIGNED");
        TicketEventsSupport.published(id, "ticket.resumed");

        JsonNode requesterView = http.get("/api/v1/tickets/" + id + "/comments").auth(operator("DINKES")).send()
                .json();
        assertThat(requesterView.get("items").valueStream().map(c -> c.get("text").asString()))
                .containsExactly("Mohon NIP pegawai yang meminta akun.", "NIP 198001012005011001");
        JsonNode agentView = http.get("/api/v1/tickets/" + id + "/comments").auth(tier1("DINKES", T1)).send()
                .json();
        assertThat(agentView.get("totalItems").asInt()).isEqualTo(3);
        assertThat(step(operator("DINKES"), id, "comments", Map.of("text", "rahasia", "internal", true), 422)
                .get("obligation").asString()).isEqualTo("S2");

        assertRule(step(tier1("DINKES", T1), id, "resolve", Map.of("resolutionNote", " "), 422), "S1");
        JsonNode resolved = step(tier1("DINKES", T1), id, "resolve",
                Map.of("resolutionNote", "Akun dibuat, kata sandi dikirim lewat SMS."), 200);
        assertThat(resolved.get("resolution").get("note").asString()).startsWith("Akun dibuat");
        TicketEventsSupport.published(id, "ticket.resolved");
        JsonNode closed = step(operator("DINKES"), id, "close", null, 200);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(TicketEventsSupport.published(id, "ticket.closed").get("from").asString()).isEqualTo("RESOLVED");
        step(operator("DINKES"), id, "close", null, 409);
        step(operator("DINKES"), id, "comments", Map.of("text", "terima kasih"), 409);

        assertRule(step(operator("DINKES"), id, "reopen", Map.of("reason", ""), 422), "S5");
        JsonNode reopened = step(operator("DINKES"), id, "reopen", Map.of("reason", "Akun terkunci lagi"), 200);
        assertThat(reopened.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(reopened.get("assignee").asString()).isEqualTo(T1);
        assertThat(TicketEventsSupport.published(id, "ticket.reopened").get("reason").asString())
                .isEqualTo("Akun terkunci lagi");
    }

    @Test
    void aTicketIsReopenedOnlyWithinTheConfiguredWindow_S5() {
        String id = open(operator("DINKES"), form("KELUHAN", "LAINNYA", "RENDAH", "RENDAH")).get("id").asString();
        step(tier1("DINKES", T1), id, "take", null, 200);
        step(tier1("DINKES", T1), id, "resolve", Map.of("resolutionNote", "Sudah dijawab"), 200);
        clock.advance(Duration.ofDays(15)); // servicedesk.tickets.reopen-window defaults to 14 days
        assertRule(step(operator("DINKES"), id, "reopen", Map.of("reason", "Belum puas"), 422), "S5");
    }

    @Test
    void aTechnicianNotOnTheRosterCannotTakeOrBeGivenATier1Ticket_S2() {
        String id = open(operator("DINKES"), form("GANGGUAN", "JARINGAN", "SEDANG", "SEDANG")).get("id").asString();
        assertRule(step(tier1("DINKES", "bukan.teknisi"), id, "take", null, 422), "S2");
        assertRule(step(tier1("DINKES", T1), id, "assign", Map.of("assignee", "bukan.teknisi"), 422), "S2");
        assertThat(step(tier1("DINKES", T1), id, "assign", Map.of("assignee", "teknisi2.dinkes"), 200)
                .get("assignee").asString()).isEqualTo("teknisi2.dinkes");
    }

    @Test
    void escalationNeedsReason_S3() {
        String id = open(operator("DINKES"), form("GANGGUAN", "JARINGAN", "SEDANG", "SEDANG")).get("id").asString();
        assertRule(step(tier1("DINKES", T1), id, "escalate", Map.of("reason", "   "), 422), "S3");
        assertRule(step(tier1("DINKES", T1), id, "escalate", Map.of(), 422), "S3");
        assertThat(http.get("/api/v1/tickets/" + id).auth(tier1("DINKES", T1)).send().json().get("tier")
                .asString()).isEqualTo("TIER1");
    }

    @Test
    void tier1CannotActOnEscalatedTicket_S3() {
        String id = open(operator("DINKES"), form("GANGGUAN", "INFRASTRUKTUR", "TINGGI", "SEDANG")).get("id")
                .asString();
        // escalated while nobody had taken it yet (escalade#303)
        JsonNode escalated = step(tier1("DINKES", T1), id, "escalate",
                Map.of("reason", "Server aplikasi di pusat data Dinas"), 200);
        assertThat(escalated.get("tier").asString()).isEqualTo("TIER2");
        assertThat(escalated.get("status").asString()).isEqualTo("NEW");
        assertThat(escalated.get("escalations").get(0).get("reason").asString())
                .isEqualTo("Server aplikasi di pusat data Dinas");
        JsonNode event = TicketEventsSupport.published(id, "ticket.escalated");
        assertThat(event.get("automatic").asBoolean()).isFalse();
        assertThat(event.get("escalatedBy").asString()).isEqualTo(T1);

        // the OPD's Tier 1 still sees it, but only Tier 2 acts on it
        assertThat(http.get("/api/v1/tickets/" + id).auth(tier1("DINKES", T1)).send().status()).isEqualTo(200);
        assertThat(queue(tier1("DINKES", T1), "queue=TIER2")).contains(id);
        step(tier1("DINKES", T1), id, "take", null, 403);
        step(tier1("DINKES", T1), id, "comments", Map.of("text", "masih saya pantau"), 403);
        step(tier1("DINKES", T1), id, "resolve", Map.of("resolutionNote", "x"), 403);
        // other OPDs never see it
        assertThat(http.get("/api/v1/tickets/" + id).auth(operator("DISDIK")).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/tickets/" + id).auth(tier1("DISDIK", "teknisi.disdik")).send().status())
                .isEqualTo(404);
        assertThat(queue(tier1("DISDIK", "teknisi.disdik"), "queue=TIER2")).doesNotContain(id);

        assertThat(step(tier2("agen.tier2"), id, "take", null, 200).get("assignee").asString())
                .isEqualTo("agen.tier2");
        step(tier2("agen.tier2"), id, "escalate", Map.of("reason", "lagi"), 409);
        step(tier2("agen.tier2"), id, "resolve", Map.of("resolutionNote", "Layanan dipulihkan"), 200);
    }

    @Test
    void anOpdWithoutATier1RosterSendsItsTicketsToTier2AndIsFlagged_S2() {
        JsonNode ticket = open(operator("DISHUB"), form("GANGGUAN", "PERANGKAT", "RENDAH", "SEDANG"));
        assertThat(ticket.get("tier").asString()).isEqualTo("TIER2");
        assertThat(ticket.get("routingReason").asString()).startsWith("S2:").contains("DISHUB");
        assertThat(TicketEventsSupport.published(ticket.get("id").asString(), "ticket.opened")
                .get("routingReason").asString()).startsWith("S2:");

        JsonNode coverage = http.get("/api/v1/tier1-roster/coverage").auth(admin()).send().json();
        assertThat(coverage.get("tiered").asBoolean()).isTrue();
        JsonNode dishub = coverage.get("items").valueStream().filter(i -> i.get("opd").asString().equals("DISHUB"))
                .findFirst().orElseThrow();
        assertThat(dishub.get("uncovered").asBoolean()).isTrue();
        assertThat(dishub.get("openTicketsRoutedToTier2").asLong()).isPositive();
        JsonNode dinkes = coverage.get("items").valueStream().filter(i -> i.get("opd").asString().equals("DINKES"))
                .findFirst().orElseThrow();
        assertThat(dinkes.get("uncovered").asBoolean()).isFalse();
        assertThat(dinkes.get("technicians").asInt()).isEqualTo(2);
        assertThat(http.get("/api/v1/tier1-roster/coverage").auth(operator("DISHUB")).send().status())
                .isEqualTo(403);
    }

    @Test
    void theSupervisionViewShowsWhetherTheDirectorysTier1ContactIsOnTheRoster_S2() {
        for (String[] c : new String[][] {{"DINKES", "Teknisi  Dinkes", "0812-1111"},
                {"DISDIK", "Bukan Teknisi", "0813-9999-000"}}) {
            String data = """
                    {"eventId":"%s","occurredAt":"%s","code":"%s","name":"Dinas %s","kind":"DINAS","dinas":false,
                     "mandiriTik":false,"active":true,"tier1Contact":{"name":"%s","phone":"%s",
                     "email":"tik@%s.go.id"}}""".formatted(UUID.randomUUID(), Instant.now(), c[0], c[0], c[1], c[2],
                    c[0].toLowerCase());
            id.go.spbe.platform.test.contract.EventSchemas.assertValid(id.go.spbe.platform.test.contract.EventSchemas
                    .producerSchema("app-registry-service", "opd-updated.v1"), data);
            id.go.spbe.platform.test.kafka.TestKafka.send("spbe.app-registry.opd.v1", c[0], """
                    {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service",
                     "type":"id.go.spbe.opd.updated.v1","subject":"%s","time":"%s","data":%s}"""
                    .formatted(UUID.randomUUID(), c[0], Instant.now(), data));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISDIK", org.bson.Document.class,
                "opd_tier1_contacts") != null && mongo.findById("DINKES", org.bson.Document.class,
                "opd_tier1_contacts") != null);
        JsonNode items = http.get("/api/v1/tier1-roster/coverage").auth(admin()).send().json().get("items");
        java.util.function.Function<String, JsonNode> item = opd -> items.valueStream()
                .filter(i -> i.get("opd").asString().equals(opd)).findFirst().orElseThrow();
        assertThat(item.apply("DINKES").get("directoryAgrees").asBoolean()).isTrue(); // same name, spacing aside
        assertThat(item.apply("DISDIK").get("directoryContact").asString()).isEqualTo("Bukan Teknisi");
        assertThat(item.apply("DISDIK").get("directoryAgrees").asBoolean()).isFalse();
        assertThat(item.apply("DISHUB").get("directoryAgrees").isNull()).isTrue();
    }

    @Test
    void dinasWithdrawsTheRosterOfAnOpdLeftWithoutTechnicianAndItsTicketsGoToTier2_S2() {
        assertRule(http.post("/api/v1/tier1-roster/DISDIK/withdraw").auth(admin()).json(Map.of()).send().json(),
                "S2");
        assertThat(http.post("/api/v1/tier1-roster/DISDIK/withdraw").auth(operator("DISDIK"))
                .json(Map.of("reason", "x")).send().status()).isEqualTo(403);
        TestHttp.Reply withdrawn = http.post("/api/v1/tier1-roster/DISDIK/withdraw").auth(admin())
                .json(Map.of("reason", "Teknisi pindah tugas")).send();
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawn").asBoolean()).isTrue();
        assertThat(TicketEventsSupport.publishedOn("spbe.servicedesk.tier1-roster.v1", "Teknisi pindah tugas",
                "tier1-roster-updated.v1").get("withdrawn").asBoolean()).isTrue();
        assertThat(http.post("/api/v1/tier1-roster/DISDIK/withdraw").auth(admin())
                .json(Map.of("reason", "lagi")).send().status()).isEqualTo(409);

        JsonNode ticket = open(operator("DISDIK"), form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG"));
        assertThat(ticket.get("tier").asString()).isEqualTo("TIER2");
        assertThat(ticket.get("routingReason").asString()).startsWith("S2:");
        JsonNode disdik = http.get("/api/v1/tier1-roster/coverage").auth(admin()).send().json().get("items")
                .valueStream().filter(i -> i.get("opd").asString().equals("DISDIK")).findFirst().orElseThrow();
        assertThat(disdik.get("uncovered").asBoolean()).isTrue();

        JsonNode history = http.get("/api/v1/tier1-roster/DISDIK/history").auth(operator("DISDIK")).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").valueStream().map(e -> e.get("actor").asString())).contains("admin.dinas");
        rosters(http); // a technician again: back to Tier 1
        assertThat(open(operator("DISDIK"), form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG")).get("tier")
                .asString()).isEqualTo("TIER1");
    }

    @Test
    void aQueueSortsByUrgency_S1() {
        String low = open(operator("DISDIK"), form("GANGGUAN", "PERANGKAT", "RENDAH", "RENDAH")).get("id")
                .asString();
        String high = open(operator("DISDIK"), form("GANGGUAN", "PERANGKAT", "TINGGI", "TINGGI")).get("id")
                .asString();
        List<String> queue = queue(tier1("DISDIK", "teknisi.disdik"),
                "queue=TIER1&open=true&sort=priorityRank&sort=openedAt");
        assertThat(queue.indexOf(high)).isNotNegative().isLessThan(queue.indexOf(low));
    }

    @Test
    void aQueuePageCarriesItsTotalAndTheListColumns_withTheIndexTheQueueNeedsDeclared_S2_S5() {
        open(operator("DISDIK"), form("GANGGUAN", "PERANGKAT", "RENDAH", "RENDAH"));
        open(operator("DISDIK"), form("KELUHAN", "LAINNYA", "TINGGI", "TINGGI"));
        String query = "queue=TIER1&open=true&sort=priorityRank&sort=openedAt";
        List<String> whole = queue(tier1("DISDIK", "teknisi.disdik"), query);
        assertThat(whole).hasSizeGreaterThanOrEqualTo(2);

        // the page and its total come from one read: the same total on every page, the rows in the same order
        TestHttp.Reply second = http.get("/api/v1/tickets?size=1&page=1&" + query).auth(tier1("DISDIK",
                "teknisi.disdik")).send();
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        JsonNode page = second.json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(whole.size());
        assertThat(page.get("totalPages").asInt()).isEqualTo(whole.size());
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(whole.get(1));
        JsonNode row = page.get("items").get(0);
        assertThat(row.get("requesterOpd").asString()).isEqualTo("DISDIK");
        assertThat(row.get("title").asString()).isNotBlank();
        assertThat(row.get("slaState").asString()).as("computed from the projected facts").isNotEqualTo("NONE");
        assertThat(row.has("comments")).isFalse();
        JsonNode beyond = http.get("/api/v1/tickets?size=50&page=99&" + query).auth(tier1("DISDIK",
                "teknisi.disdik")).send().json();
        assertThat(beyond.get("items").size()).isZero();
        assertThat(beyond.get("totalItems").asLong()).isEqualTo(whole.size());

        // equality on tier and OPD, then the queue's order, then status: MongoDB answers the queue from the index
        assertThat(new MongoPersistentEntityIndexResolver(mongo.getConverter().getMappingContext())
                .resolveIndexFor(Ticket.class)).anySatisfy(index -> {
                    assertThat(index.getIndexOptions().getString("name")).isEqualTo("queue_by_priority");
                    assertThat(index.getIndexKeys().keySet()).containsExactly("tier", "requesterOpd",
                            "priorityRank", "openedAt", "status");
                });
    }

    @Test
    void aRosterNamesAtLeastOneTechnicianAndOnlyDinasSetsIt_S2() {
        TestHttp.Reply empty = http.put("/api/v1/tier1-roster/DISHUB").auth(admin())
                .json(Map.of("technicians", List.of())).send();
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertRule(empty.json(), "S2");
        assertThat(http.put("/api/v1/tier1-roster/DISHUB").auth(operator("DISHUB"))
                .json(Map.of("technicians", List.of(Map.of("username", "x", "name", "X")))).send().status())
                .isEqualTo(403);
        TestHttp.Reply unknown = http.put("/api/v1/tier1-roster/ATLANTIS").auth(admin())
                .json(Map.of("technicians", List.of(Map.of("username", "x", "name", "X")))).send();
        assertRule(unknown.json(), "G1");
        assertThat(http.get("/api/v1/tier1-roster/DINKES").auth(operator("DINKES")).send().json()
                .get("technicians").size()).isEqualTo(2);
        assertThat(http.get("/api/v1/tier1-roster/DINKES").auth(operator("DISDIK")).send().status())
                .isEqualTo(404);
        TestHttp.Reply stale = http.put("/api/v1/tier1-roster/DINKES").auth(admin()).header("If-Match", "\"999\"")
                .json(Map.of("technicians", List.of(Map.of("username", T1, "name", "T")))).send();
        assertThat(stale.status()).isEqualTo(412);
        JsonNode event = TicketEventsSupport.publishedOn("spbe.servicedesk.tier1-roster.v1",
                "\"teknisi2.dinkes\"", "tier1-roster-updated.v1");
        assertThat(event.get("opd").asString()).isEqualTo("DINKES");
    }

    @Test
    void aSecurityIncidentSkipsTier1AtTheHighestPriorityWithTheEvidenceChecklist_S8() {
        JsonNode ticket = open(operator("DINKES"), form("GANGGUAN", "KEAMANAN", "RENDAH", "RENDAH"));
        String id = ticket.get("id").asString();
        assertThat(ticket.get("tier").asString()).isEqualTo("TIER2");
        assertThat(ticket.get("priority").asString()).isEqualTo("KRITIS");
        assertThat(ticket.get("routingReason").asString()).startsWith("S8:");
        // the incident's title (it may name the victim) never leaves the desk
        assertThat(TicketEventsSupport.published(id, "ticket.opened").path("title").asString(null)).isNull();
        assertThat(ticket.get("evidenceChecklist").valueStream().map(e -> e.get("code").asString()))
                .containsExactly("ISOLATE", "PRESERVE_LOGS", "IMAGE_MEMORY_DISK", "CHAIN_OF_CUSTODY",
                        "REPORT_TO_DINAS");
        step(tier1("DINKES", T1), id, "take", null, 403);
        step(tier2("agen.tier2"), id, "take", null, 200);
        assertRule(step(tier2("agen.tier2"), id, "reprioritize",
                Map.of("impact", "RENDAH", "urgency", "RENDAH", "reason", "ternyata kecil"), 422), "S8");
        assertRule(step(tier2("agen.tier2"), id, "resolve", Map.of("resolutionNote", "Selesai"), 422), "S8");
        for (String item : List.of("ISOLATE", "PRESERVE_LOGS", "IMAGE_MEMORY_DISK", "CHAIN_OF_CUSTODY",
                "REPORT_TO_DINAS")) {
            step(tier2("agen.tier2"), id, "evidence/" + item + "/secure", null, 200);
        }
        TicketEventsSupport.published(id, "ticket.evidence-secured");
        step(tier2("agen.tier2"), id, "evidence/ISOLATE/secure", null, 409);
        assertRule(step(tier2("agen.tier2"), id, "evidence/NGAWUR/secure", null, 422), "S8");
        JsonNode resolved = step(tier2("agen.tier2"), id, "resolve",
                Map.of("resolutionNote", "Akun penyerang diblokir, bukti diserahkan"), 200);
        assertThat(resolved.get("evidenceChecklist").valueStream().allMatch(e -> e.get("secured").asBoolean()))
                .isTrue();
    }

    @Test
    void anOpdSystemOpensATicketOverTheApiOncePerIdempotencyKey_S1() {
        String title = "Aduan warga " + UUID.randomUUID();
        Map<String, Object> body = form("KELUHAN", "LAINNYA", "SEDANG", "SEDANG");
        body.put("title", title);
        body.put("reportedBy", "Warga via SP4N-LAPOR!");
        String token = machine("DINKES", "sipp-dinkes");
        String key = UUID.randomUUID().toString();
        TestHttp.Reply first = http.post("/api/v1/tickets").auth(token).header("Idempotency-Key", key).json(body)
                .send();
        TestHttp.Reply second = http.post("/api/v1/tickets").auth(token).header("Idempotency-Key", key).json(body)
                .send();
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(first.json().get("channel").asString()).isEqualTo("API");
        assertThat(first.json().get("reportedBy").asString()).isEqualTo("Warga via SP4N-LAPOR!");
        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), "tickets")).isEqualTo(1);
        // a machine client acts for its own OPD only
        body.put("requesterOpd", "DISDIK");
        assertThat(http.post("/api/v1/tickets").auth(token).json(body).send().status()).isEqualTo(403);
    }

    @Test
    void theAffectedApplicationMustBeARegisteredOneInService_S1() {
        Map<String, Object> body = form("GANGGUAN", "APLIKASI", "SEDANG", "SEDANG");
        assertRule(http.post("/api/v1/tickets").auth(operator("DINKES")).json(body).send().json(), "S1");
        body.put("affectedApplicationId", UUID.randomUUID().toString());
        assertRule(http.post("/api/v1/tickets").auth(operator("DINKES")).json(body).send().json(), "S1");

        String appId = id.go.spbe.servicedesk.ServicedeskTestSupport.registeredApplication(mongo, "SIMPUS",
                "DINKES");
        body.put("affectedApplicationId", appId);
        JsonNode ticket = open(operator("DINKES"), body);
        assertThat(ticket.get("affectedApplication").get("name").asString()).isEqualTo("SIMPUS");
        assertThat(TicketEventsSupport.published(ticket.get("id").asString(), "ticket.opened")
                .get("affectedApplicationId").asString()).isEqualTo(appId);

        id.go.spbe.servicedesk.ServicedeskTestSupport.applicationEvent("id.go.spbe.application.status-changed.v1",
                "application-status-changed.v1", appId, "DINKES", """
                        {"eventId":"%s","occurredAt":"%s","applicationId":"%s","ownerOpd":"DINKES","name":"SIMPUS",
                         "applicationClass":"UMUM","from":"ACTIVE","to":"ACTIVE","note":null,
                         "changedBy":"admin.dinas"}""".formatted(UUID.randomUUID(), Instant.now(), appId));
        id.go.spbe.servicedesk.ServicedeskTestSupport.applicationEvent("id.go.spbe.application.decommissioned.v1",
                "application-decommissioned.v1", appId, "DINKES", """
                        {"eventId":"%s","occurredAt":"%s","applicationId":"%s","ownerOpd":"DINKES","name":"SIMPUS",
                         "from":"ACTIVE","reason":"Diganti","decommissionedBy":"admin.dinas"}"""
                        .formatted(UUID.randomUUID(), Instant.now(), appId));
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(mongo.findById(appId,
                org.bson.Document.class, "application_references").getBoolean("decommissioned")));
        assertRule(http.post("/api/v1/tickets").auth(operator("DINKES")).json(body).send().json(), "S1");
    }

    @Test
    void aProblemHasAKnownErrorStageAndAChangeIsNotResolvedButEvaluated_S1() {
        String problem = open(operator("DINKES"), form("MASALAH", "JARINGAN", "SEDANG", "SEDANG")).get("id")
                .asString();
        step(tier1("DINKES", T1), problem, "take", null, 200);
        step(tier1("DINKES", T1), problem, "request-information", Map.of("question", "?"), 409);
        JsonNode known = step(tier1("DINKES", T1), problem, "root-cause",
                Map.of("rootCause", "Switch lantai 2 kelebihan panas"), 200);
        assertThat(known.get("status").asString()).isEqualTo("KNOWN_ERROR");
        assertThat(TicketEventsSupport.published(problem, "ticket.stage-changed").get("to").asString())
                .isEqualTo("KNOWN_ERROR");
        step(tier1("DINKES", T1), problem, "resolve", Map.of("resolutionNote", "Switch diganti"), 200);

        String change = open(operator("DINKES"), form("PERUBAHAN", "INFRASTRUKTUR", "SEDANG", "SEDANG")).get("id").asString();
        step(tier1("DINKES", T1), change, "take", null, 200);
        step(tier1("DINKES", T1), change, "resolve", Map.of("resolutionNote", "beres"), 409);
        step(tier1("DINKES", T1), change, "root-cause", Map.of("rootCause", "x"), 409);
    }

    @Test
    void everyStepIsInTheHashChainedHistory_SEC1() {
        String id = open(operator("DINKES"), form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG")).get("id")
                .asString();
        step(tier1("DINKES", T1), id, "take", null, 200);
        step(tier1("DINKES", T1), id, "resolve", Map.of("resolutionNote", "Diganti toner"), 200);
        JsonNode history = http.get("/api/v1/tickets/" + id + "/history").auth(auditor()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").valueStream().map(e -> e.get("actor").asString()))
                .containsExactly("operator.dinkes", T1, T1);
        assertThat(http.get("/api/v1/tickets/" + id + "/history").auth(operator("DISDIK")).send().status())
                .isEqualTo(404);
    }

    @Test
    void aStaleIfMatchIs412AndTheCurrentOneWorks() {
        TestHttp.Reply created = http.post("/api/v1/tickets").auth(operator("DINKES"))
                .json(form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG")).send();
        String id = created.json().get("id").asString();
        String etag = created.header("ETag");
        step(tier1("DINKES", T1), id, "comments", Map.of("text", "dicek"), 201);
        assertThat(http.post("/api/v1/tickets/" + id + "/take").auth(tier1("DINKES", T1)).header("If-Match", etag)
                .send().status()).isEqualTo(412);
        String current = http.get("/api/v1/tickets/" + id).auth(tier1("DINKES", T1)).send().header("ETag");
        assertThat(http.post("/api/v1/tickets/" + id + "/take").auth(tier1("DINKES", T1))
                .header("If-Match", current).send().status()).isEqualTo(200);
    }
}
