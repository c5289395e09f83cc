package id.go.spbe.servicedesk.roster;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import id.go.spbe.servicedesk.ticket.TicketEventsSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.auditor;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Tier 2 roster over HTTP (S3, SEC1): Dinas sets it with If-Match, a username once, every change an event and a
 * hash-chained history entry; region-wide roles read it, an OPD's users do not. Leaves the roster empty again (the
 * other tests expect the desk addressed as a whole). Same clock configuration as the other integration tests.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class Tier2RosterIntegrationTest {

    @LocalServerPort
    int port;

    static Map<String, Object> agent(String username, String email, boolean active) {
        return Map.of("username", username, "name", "Agen " + username, "email", email, "active", active);
    }

    @Test
    void dinasKeepsTheTier2RosterWithIfMatch_eachChangeAnEventAndAHistoryEntry_S3_SEC1() {
        TestHttp http = TestHttp.onPort(port);
        TestHttp.Reply before = http.get("/api/v1/tier2-roster").auth(tier2("agen.tier2")).send();
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        String etag = before.header("ETag");

        TestHttp.Reply set = http.put("/api/v1/tier2-roster").auth(admin()).header("If-Match", etag)
                .json(Map.of("agents", List.of(agent("jaga.tier2", "jaga@diskominfo.test", true),
                        agent("libur.tier2", "libur@diskominfo.test", false)))).send();
        try {
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            assertThat(set.json().get("agents").valueStream().map(a -> a.get("username").asString()))
                    .containsExactly("jaga.tier2", "libur.tier2");
            assertThat(set.json().get("agents").get(1).get("active").asBoolean()).isFalse();
            assertThat(set.json().get("updatedBy").asString()).isEqualTo("admin.dinas");
            assertThat(set.header("ETag")).isNotEqualTo(etag);

            // a second tab still holding the old ETag
            TestHttp.Reply stale = http.put("/api/v1/tier2-roster").auth(admin()).header("If-Match", etag)
                    .json(Map.of("agents", List.of())).send();
            assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
            // a username twice is a rule of the roster (S3), not a malformed body
            TestHttp.Reply twice = http.put("/api/v1/tier2-roster").auth(admin())
                    .json(Map.of("agents", List.of(agent("jaga.tier2", "a@diskominfo.test", true),
                            agent("jaga.tier2", "b@diskominfo.test", true)))).send();
            assertThat(twice.status()).as(twice.toString()).isEqualTo(422);
            assertThat(twice.json().get("obligation").asString()).isEqualTo("S3");

            // the event names the agents by username only: no names, no addresses
            JsonNode event = TicketEventsSupport.publishedOn("spbe.servicedesk.tier2-roster.v1",
                    "\"jaga.tier2\"", "tier2-roster-updated.v1");
            assertThat(event.get("activeAgents").valueStream().map(JsonNode::asString)).containsExactly("jaga.tier2");
            assertThat(event.get("inactiveAgents").valueStream().map(JsonNode::asString))
                    .containsExactly("libur.tier2");
            assertThat(event.toString()).doesNotContain("@diskominfo.test");

            JsonNode history = http.get("/api/v1/tier2-roster/history").auth(auditor()).send().json();
            assertThat(history.get("intact").asBoolean()).isTrue();
            assertThat(history.get("entries").valueStream().map(e -> e.get("action").asString()))
                    .contains("id.go.spbe.tier2-roster.updated.v1");

            // region-wide roles read it; an OPD's users reach Tier 2 by escalating, not by name (403)
            assertThat(http.get("/api/v1/tier2-roster").auth(auditor()).send().status()).isEqualTo(200);
            assertThat(http.get("/api/v1/tier2-roster").auth(tier1("DINKES", "teknisi.dinkes")).send().status())
                    .isEqualTo(403);
            assertThat(http.get("/api/v1/tier2-roster").auth(operator("DINKES")).send().status()).isEqualTo(403);
        } finally {
            TestHttp.Reply reset = http.put("/api/v1/tier2-roster").auth(admin()).json(Map.of("agents", List.of()))
                    .send();
            assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        }
    }
}
