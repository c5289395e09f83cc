package id.go.spbe.servicedesk.ticket;

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
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static org.assertj.core.api.Assertions.assertThat;

/** CSAT after closure: 1–5 and a comment, once, by the requester only. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class SatisfactionIntegrationTest {

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

    TestHttp.Reply rate(String token, String id, Map<String, Object> body) {
        return http.post("/api/v1/tickets/" + id + "/satisfaction").auth(token).json(body).send();
    }

    @Test
    void theRequesterRatesAClosedTicketOnceAndNeverEditsIt_S4() {
        String requester = operator("DINKES");
        String t1 = tier1("DINKES", "teknisi.dinkes");
        String id = http.post("/api/v1/tickets").auth(requester).json(form("GANGGUAN", "PERANGKAT", "SEDANG",
                "SEDANG")).send().json().get("id").asString();
        http.post("/api/v1/tickets/" + id + "/take").auth(t1).send();
        http.post("/api/v1/tickets/" + id + "/resolve").auth(t1).json(Map.of("resolutionNote", "Toner diganti"))
                .send();
        // resolved but not closed: too early
        assertThat(rate(requester, id, Map.of("score", 5)).status()).isEqualTo(409);
        assertThat(http.post("/api/v1/tickets/" + id + "/close").auth(requester).send().status()).isEqualTo(200);

        // not the requester: a colleague of the same OPD, the agent, another OPD
        String colleague = TestJwtIssuer.shared().user("staf.lain").opd("DINKES").roles("OPD_OPERATOR").bearer();
        assertThat(rate(colleague, id, Map.of("score", 5)).status()).isEqualTo(403);
        assertThat(rate(t1, id, Map.of("score", 5)).status()).isEqualTo(403);
        assertThat(rate(operator("DISDIK"), id, Map.of("score", 5)).status()).isEqualTo(404);
        assertThat(rate(requester, id, Map.of("score", 6)).status()).isEqualTo(400);

        TestHttp.Reply rated = rate(requester, id, Map.of("score", 4, "comment", "Cepat, tapi printer lain juga"));
        assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
        JsonNode satisfaction = rated.json().get("satisfaction");
        assertThat(satisfaction.get("score").asInt()).isEqualTo(4);
        assertThat(satisfaction.get("comment").asString()).isEqualTo("Cepat, tapi printer lain juga");
        assertThat(satisfaction.get("by").asString()).isEqualTo("operator.dinkes");
        JsonNode event = TicketEventsSupport.published(id, "ticket.satisfaction-rated");
        assertThat(event.get("score").asInt()).isEqualTo(4);
        assertThat(event.toString()).doesNotContain("printer lain");

        // never edited
        assertThat(rate(requester, id, Map.of("score", 1)).status()).isEqualTo(409);
        assertThat(http.get("/api/v1/tickets/" + id).auth(t1).send().json().get("satisfaction").get("score")
                .asInt()).isEqualTo(4);
    }
}
