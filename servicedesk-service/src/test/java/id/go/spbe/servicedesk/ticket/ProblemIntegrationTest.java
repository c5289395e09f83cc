package id.go.spbe.servicedesk.ticket;

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

import static id.go.spbe.servicedesk.ServicedeskTestSupport.auditor;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier2;
import static org.assertj.core.api.Assertions.assertThat;

/** Problems (MASALAH) group incidents: links, no closing over open children, resolving the children with it. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class ProblemIntegrationTest {

    static final String T1 = "teknisi.dinkes";

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

    String open(String opd, String type) {
        TestHttp.Reply reply = http.post("/api/v1/tickets").auth(operator(opd))
                .json(form(type, "JARINGAN", "SEDANG", "SEDANG")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    TestHttp.Reply post(String token, String id, String verb, Object body) {
        TestHttp.Call call = http.post("/api/v1/tickets/" + id + "/" + verb).auth(token);
        return (body == null ? call : call.json(body)).send();
    }

    JsonNode ok(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply.json();
    }

    List<String> children(String token, String problem) {
        return ok(http.get("/api/v1/tickets?problem=" + problem).auth(token).send()).get("items").valueStream()
                .map(i -> i.get("id").asString()).toList();
    }

    @Test
    void aProblemGroupsItsOpdsIncidentsAndCannotCloseWhileOneIsOpen_S1() {
        String t1 = tier1("DINKES", T1);
        String problem = open("DINKES", "MASALAH");
        ok(post(t1, problem, "take", null));
        String a = open("DINKES", "GANGGUAN");
        String b = open("DINKES", "KELUHAN");
        JsonNode linked = ok(post(t1, a, "problem", Map.of("problemId", problem)));
        assertThat(linked.get("problemId").asString()).isEqualTo(problem);
        ok(post(t1, b, "problem", Map.of("problemId", problem)));
        assertThat(TicketEventsSupport.published(a, "ticket.problem-link-changed").get("linked").asBoolean())
                .isTrue();
        assertThat(children(operator("DINKES"), problem)).containsExactlyInAnyOrder(a, b);

        // grouped once only; only incidents and complaints; another OPD's ticket is invisible to this Tier 1
        assertThat(post(t1, a, "problem", Map.of("problemId", problem)).status()).isEqualTo(409);
        TestHttp.Reply request = post(t1, open("DINKES", "PERMINTAAN"), "problem", Map.of("problemId", problem));
        assertThat(request.status()).isEqualTo(422);
        assertThat(request.json().get("obligation").asString()).isEqualTo("S1");
        assertThat(post(t1, open("DISDIK", "GANGGUAN"), "problem", Map.of("problemId", problem)).status())
                .isEqualTo(404);

        // unlink b, then: the problem is resolved alone and may not close while a is open
        JsonNode unlinked = ok(http.delete("/api/v1/tickets/" + b + "/problem").auth(t1).send());
        assertThat(unlinked.has("problemId") && !unlinked.get("problemId").isNull()).isFalse();
        assertThat(children(t1, problem)).containsExactly(a);
        ok(post(t1, problem, "resolve", Map.of("resolutionNote", "Switch inti diganti")));
        assertThat(post(t1, problem, "close", null).status()).isEqualTo(409);
        ok(post(t1, a, "take", null));
        ok(post(t1, a, "resolve", Map.of("resolutionNote", "Jaringan normal")));
        ok(post(t1, problem, "close", null));
    }

    @Test
    void resolvingAProblemResolvesEachOpenChildWithItsOwnFactEventAndHistory_S1_S5() {
        String agent = tier2("agen.tier2");
        String problem = open("DINKES", "MASALAH");
        ok(post(tier1("DINKES", T1), problem, "escalate", Map.of("reason", "Gangguan lintas OPD")));
        ok(post(agent, problem, "take", null));
        // a Tier 2 problem groups the region's incidents: one nobody took, one waiting for its requester
        String untaken = open("DISDIK", "GANGGUAN");
        String waiting = open("DINKES", "GANGGUAN");
        ok(post(tier1("DINKES", T1), waiting, "take", null));
        ok(post(tier1("DINKES", T1), waiting, "request-information", Map.of("question", "Sejak kapan?")));
        String done = open("DINKES", "GANGGUAN");
        ok(post(tier1("DINKES", T1), done, "take", null));
        for (String child : List.of(untaken, waiting, done)) {
            ok(post(agent, child, "problem", Map.of("problemId", problem)));
        }
        ok(post(tier1("DINKES", T1), done, "resolve", Map.of("resolutionNote", "Sudah beres sendiri")));

        JsonNode resolved = ok(post(agent, problem, "resolve",
                Map.of("resolutionNote", "Firmware router diperbarui", "resolveChildren", true)));
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        for (String child : List.of(untaken, waiting)) {
            JsonNode t = ok(http.get("/api/v1/tickets/" + child).auth(auditor()).send());
            assertThat(t.get("status").asString()).isEqualTo("RESOLVED");
            assertThat(t.get("resolution").get("note").asString()).contains(problem)
                    .endsWith("Firmware router diperbarui");
            assertThat(t.get("resolution").get("by").asString()).isEqualTo("agen.tier2");
            assertThat(TicketEventsSupport.published(child, "ticket.resolved").get("resolvedBy").asString())
                    .isEqualTo("agen.tier2");
            JsonNode history = ok(http.get("/api/v1/tickets/" + child + "/history").auth(auditor()).send());
            assertThat(history.get("intact").asBoolean()).isTrue();
            assertThat(history.get("entries").valueStream().map(e -> e.get("actor").asString()).toList())
                    .last().isEqualTo("agen.tier2");
        }
        // the child resolved before keeps its own resolution
        assertThat(ok(http.get("/api/v1/tickets/" + done).auth(auditor()).send()).get("resolution").get("note")
                .asString()).isEqualTo("Sudah beres sendiri");
        // the waiting child's SLA pause ended when it was resolved, and its clocks stopped
        JsonNode sla = ok(http.get("/api/v1/tickets/" + waiting + "/sla").auth(auditor()).send());
        assertThat(sla.toString()).contains("PAUSE").contains("STOP");
        ok(post(agent, problem, "close", null));
    }
}
