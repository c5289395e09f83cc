package id.go.spbe.network.diagram;

import id.go.spbe.platform.test.http.FormUpload;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to the yearly-diagram API is a problem naming the field, never a 5xx. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class DiagramBadInputSweepTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    record Case(String path, String body, String field) {
    }

    @Test
    void badCampaignsReviewsAndParametersAreProblemsNamingTheField() {
        TestHttp http = TestHttp.onPort(port);
        FormUpload upload = new FormUpload(port);
        String opd = registerOpd(mongo, newOpd(), "Dinas Sapu Diagram");
        assertThat(http.post("/api/v1/lan-diagrams/campaigns").auth(admin())
                .json(Map.of("year", 2090, "dueDate", "2090-03-31")).send().status()).isEqualTo(201);
        String task = "/api/v1/lan-diagrams/tasks/2090-" + opd;
        List<Case> cases = List.of(
                new Case("/api/v1/lan-diagrams/campaigns", "{", null),
                new Case("/api/v1/lan-diagrams/campaigns", "{\"year\":\"tahun\",\"dueDate\":\"2090-03-31\"}", "year"),
                new Case("/api/v1/lan-diagrams/campaigns", "{\"year\":1999,\"dueDate\":\"2090-03-31\"}", "year"),
                new Case("/api/v1/lan-diagrams/campaigns", "{\"year\":2091,\"dueDate\":\"besok\"}", "dueDate"),
                new Case("/api/v1/lan-diagrams/campaigns", "{\"year\":2091}", "dueDate"),
                new Case(task + "/return", "{\"reason\":\"  \"}", "reason"),
                new Case(task + "/return", "[]", null));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            TestHttp.Reply reply = http.post(c.path()).auth(admin()).json(c.body()).send();
            boolean fine = reply.status() == 400 && reply.contentType().startsWith("application/problem+json")
                    && (c.field() == null || reply.json().path("errors").valueStream()
                            .anyMatch(e -> c.field().equals(e.path("field").asString())));
            if (!fine) {
                wrong.add(c.path() + " " + c.body() + " → " + reply);
            }
        }
        assertThat(wrong).isEmpty();

        TestHttp.Reply longNote = upload.multipart(task + "/submissions", admin(), null,
                Map.of("note", "x".repeat(1001)), null);
        assertThat(longNote.status()).as(longNote.toString()).isEqualTo(400);
        assertThat(longNote.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        assertThat(http.post(task + "/submissions").auth(admin()).json("{}").send().status()).isEqualTo(415);
        assertThat(http.post("/api/v1/lan-diagrams/campaigns").auth(admin()).body("text/plain", "x").send().status())
                .isEqualTo(415);
        for (String path : List.of("/api/v1/lan-diagrams/tasks?status=KIRA", "/api/v1/lan-diagrams/tasks?year=abc",
                "/api/v1/lan-diagrams/tasks?size=0", "/api/v1/lan-diagrams/campaigns?sort=secret",
                "/api/v1/lan-diagrams/campaigns/abc")) {
            assertThat(http.get(path).auth(admin()).send().status()).as(path).isEqualTo(400);
        }
        TestHttp.Reply unknown = http.get("/api/v1/lan-diagrams/tasks?opd=TIDAKADA").auth(admin()).send();
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("obligation").asString()).isEqualTo("G1");
        for (String path : List.of("/api/v1/lan-diagrams/tasks/tidak-ada", "/api/v1/lan-diagrams/campaigns/1999",
                task + "/diagram")) {
            assertThat(http.get(path).auth(admin()).send().status()).as(path).isEqualTo(404);
        }
        assertThat(http.post("/api/v1/lan-diagrams/tasks/tidak-ada/accept").auth(admin()).send().status())
                .isEqualTo(404);
    }
}
