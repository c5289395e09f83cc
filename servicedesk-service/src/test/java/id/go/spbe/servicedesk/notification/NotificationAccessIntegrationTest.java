package id.go.spbe.servicedesk.notification;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.time.MutableClock;
import id.go.spbe.servicedesk.notification.domain.NotificationKind;
import id.go.spbe.servicedesk.notification.domain.TicketHappening;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.auditor;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.machine;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox and mail endpoints × every role (SEC1): a user only ever reaches their own entries (another's id: 404,
 * also for Dinas), only Dinas sees and requeues mails (403); and bad input is a 400 naming the parameter, never a
 * 5xx. The entries are made by {@link TicketNotifier} directly, as the ticket-event consumer would.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class NotificationAccessIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TicketNotifier notifier;

    TestHttp http;
    final Map<String, String> callers = new LinkedHashMap<>();
    final List<String> mismatches = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directory(mongo);
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

    /** A public comment by a Tier 2 agent on a DINKES ticket held by teknisi.dinkes: entries for both sides. */
    String entryOfTheRequester() {
        String eventId = UUID.randomUUID().toString();
        String ticketId = UUID.randomUUID().toString();
        notifier.notify(new TicketHappening(eventId, NotificationKind.PUBLIC_COMMENT, "agen2.tier2", Instant.now(),
                ticketId, "Jaringan lambat", "DINKES", "operator.dinkes", "operator@dinkes.test", "teknisi.dinkes",
                Tier.TIER1, null, null));
        return mongo.findOne(Query.query(Criteria.where("eventId").is(eventId).and("recipient")
                .is("user:operator.dinkes")), Notification.class).id();
    }

    void row(String method, String path, int... expected) {
        int i = 0;
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            TestHttp.Call call = method.equals("GET") ? http.get(path) : http.post(path);
            int status = call.auth(caller.getValue()).send().status();
            if (status != expected[i]) {
                mismatches.add(method + " " + path + " as " + caller.getKey() + ": " + status + ", expected "
                        + expected[i]);
            }
            i++;
        }
    }

    @Test
    void everyNotificationEndpointByRole_aUserReachesOnlyTheirOwnEntries_SEC1() {
        String entry = entryOfTheRequester();
        String pendingMail = mongo.findOne(Query.query(Criteria.where("status").is(MailStatus.PENDING)),
                PendingMail.class).id();

        // callers: op own, op other, t1 own, t1 other, tier2, dinas, auditor, machine own, coordinator
        row("GET", "/api/v1/notifications", 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row("GET", "/api/v1/notifications?unread=true", 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row("GET", "/api/v1/notifications/unread-count", 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row("POST", "/api/v1/notifications/" + entry + "/read", 200, 404, 404, 404, 404, 404, 404, 404, 404);
        row("POST", "/api/v1/notifications/read-all", 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row("GET", "/api/v1/notifications/mails", 403, 403, 403, 403, 403, 200, 403, 403, 403);
        row("GET", "/api/v1/notifications/mails?status=FAILED", 403, 403, 403, 403, 403, 200, 403, 403, 403);
        row("POST", "/api/v1/notifications/mails/" + pendingMail + "/retry", 403, 403, 403, 403, 403, 409, 403,
                403, 403);
        row("POST", "/api/v1/notifications/mails/" + UUID.randomUUID() + "/retry", 403, 403, 403, 403, 403, 404,
                403, 403, 403);

        row("GET", "/api/v1/notifications/preferences", 200, 200, 200, 200, 200, 200, 200, 200, 200);

        assertThat(mismatches).isEmpty();
        for (String path : new String[] {"/api/v1/notifications", "/api/v1/notifications/unread-count",
                "/api/v1/notifications/preferences"}) {
            assertThat(http.get(path).send().status()).isEqualTo(401);
        }
        assertThat(http.post("/api/v1/notifications/read-all").send().status()).isEqualTo(401);
        assertThat(http.put("/api/v1/notifications/preferences").json(Map.of("mail", Map.of())).send().status())
                .isEqualTo(401);
    }

    @Test
    void everyoneSetsOnlyTheirOwnEmailPreferences_SEC1() {
        // each caller writes their own; the next caller still sees the defaults: nobody reaches another's
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            TestHttp.Reply before = http.get("/api/v1/notifications/preferences").auth(caller.getValue()).send();
            assertThat(before.json().get("mail").get("ESCALATION").asBoolean()).as(caller.getKey()).isTrue();
            TestHttp.Reply put = http.put("/api/v1/notifications/preferences").auth(caller.getValue())
                    .header("If-Match", before.header("ETag"))
                    .json(Map.of("mail", Map.of("ESCALATION", false))).send();
            assertThat(put.status()).as(caller.getKey() + ": " + put).isEqualTo(200);
            assertThat(put.json().get("mail").get("ESCALATION").asBoolean()).isFalse();
            http.put("/api/v1/notifications/preferences").auth(caller.getValue()).header("If-Match", put.header("ETag"))
                    .json(Map.of("mail", Map.of())).send();
        }
    }

    @Test
    void theInboxListsOnlyTheCallersEntries_unreadFilterCountAndMarks() {
        String entry = entryOfTheRequester();
        String requester = operator("DINKES");
        http.post("/api/v1/notifications/read-all").auth(requester).send();
        assertThat(unread(requester)).isZero();
        String next = entryOfTheRequester();
        assertThat(unread(requester)).isEqualTo(1);

        JsonNode unreadPage = http.get("/api/v1/notifications?unread=true").auth(requester).send().json();
        assertThat(unreadPage.get("items").valueStream().map(n -> n.get("id").asString())).containsExactly(next);
        assertThat(unreadPage.get("items").get(0).get("summary").asString())
                .isEqualTo("Komentar baru dari agen2.tier2.");
        JsonNode all = http.get("/api/v1/notifications?size=200").auth(requester).send().json();
        assertThat(all.get("items").valueStream().map(n -> n.get("id").asString())).contains(next, entry);
        assertThat(all.get("items").valueStream().map(n -> n.get("relation").asString())).containsOnly("REQUESTER");

        TestHttp.Reply read = http.post("/api/v1/notifications/" + next + "/read").auth(requester).send();
        assertThat(read.json().get("read").asBoolean()).isTrue();
        assertThat(unread(requester)).isZero();
        // the technician's entry of the same event is still unread for them
        assertThat(unread(tier1("DINKES", "teknisi.dinkes"))).isPositive();
        TestHttp.Reply markAll = http.post("/api/v1/notifications/read-all").auth(tier1("DINKES", "teknisi.dinkes"))
                .send();
        assertThat(markAll.json().get("marked").asLong()).isPositive();
        assertThat(unread(tier1("DINKES", "teknisi.dinkes"))).isZero();
    }

    long unread(String token) {
        TestHttp.Reply reply = http.get("/api/v1/notifications/unread-count").auth(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("unread").asLong();
    }

    @Test
    void badInputIsA400NamingTheParameter_neverA5xx() {
        String op = operator("DINKES");
        for (String query : new String[] {"unread=mungkin", "size=500", "size=0", "sort=ticketTitle", "page=-1",
                "sort=createdAt,sideways"}) {
            TestHttp.Reply reply = http.get("/api/v1/notifications?" + query).auth(op).send();
            assertThat(reply.status()).as(query + ": " + reply).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        TestHttp.Reply unread = http.get("/api/v1/notifications?unread=mungkin").auth(op).send();
        assertThat(unread.text()).contains("unread");
        TestHttp.Reply status = http.get("/api/v1/notifications/mails?status=HILANG").auth(admin()).send();
        assertThat(status.status()).as(status.toString()).isEqualTo(400);
        assertThat(status.text()).contains("status");
        assertThat(http.get("/api/v1/notifications/mails?sort=to").auth(admin()).send().status()).isEqualTo(400);
        assertThat(http.post("/api/v1/notifications/bukan-id!/read").auth(op).send().status()).isEqualTo(404);
        assertThat(http.post("/api/v1/notifications/" + UUID.randomUUID() + "/read").auth(op).send().status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/notifications/read-all").auth(op).json("{\"x\": ").send().status())
                .isLessThan(500);

        String preferences = "/api/v1/notifications/preferences";
        for (Map.Entry<String, String> bad : Map.of(
                "{\"mail\":{\"LIBUR\":false}}", "mail.LIBUR",
                "{\"mail\":{\"COMMENT\":null}}", "mail.COMMENT",
                "{\"mail\":{\"COMMENT\":\"mungkin\"}}", "mail",
                "{}", "mail",
                "{\"mail\": ", "").entrySet()) {
            TestHttp.Reply reply = http.put(preferences).auth(op).body("application/json", bad.getKey()).send();
            assertThat(reply.status()).as(bad.getKey() + ": " + reply).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.text()).as(bad.getKey()).contains(bad.getValue());
        }
        assertThat(http.put(preferences).auth(op).header("If-Match", "\"99\"").json(Map.of("mail", Map.of()))
                .send().status()).isEqualTo(412);
    }
}
