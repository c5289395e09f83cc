package id.go.spbe.network.change;

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

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to the change-report API is a problem naming the field, never a 5xx. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class LanChangeBadInputSweepTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    record Case(String body, String field) {
    }

    @Test
    void badReportsAndParametersAreProblemsNamingTheField() {
        TestHttp http = TestHttp.onPort(port);
        String opd = registerOpd(mongo, newOpd(), "Dinas Sapu Laporan");
        String ok = "\"opd\":\"" + opd + "\",\"what\":\"x\",\"why\":\"y\"";
        List<Case> cases = List.of(
                new Case("{", null),
                new Case("[]", null),
                new Case("{\"what\":\"x\",\"why\":\"y\",\"performedOn\":\"2026-01-01\"}", "opd"),
                new Case("{" + ok + "}", "performedOn"),
                new Case("{" + ok + ",\"performedOn\":\"kemarin\"}", "performedOn"),
                new Case("{" + ok + ",\"performedOn\":\"2026-01-01\",\"fromRevision\":-1}", "fromRevision"),
                new Case("{" + ok + ",\"performedOn\":\"2026-01-01\",\"toRevision\":\"dua\"}", "toRevision"),
                new Case("{" + ok + ",\"performedOn\":\"2026-01-01\",\"ticketReference\":\"\"}", "ticketReference"),
                new Case("{\"opd\":\"" + opd + "\",\"what\":\"\",\"why\":\"y\",\"performedOn\":\"2026-01-01\"}",
                        "what"));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            TestHttp.Reply reply = http.post("/api/v1/lan-changes").auth(admin()).json(c.body()).send();
            boolean fine = reply.status() == 400 && reply.contentType().startsWith("application/problem+json")
                    && (c.field() == null || reply.json().path("errors").valueStream()
                            .anyMatch(e -> c.field().equals(e.path("field").asString())));
            if (!fine) {
                wrong.add(c.body() + " → " + reply);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(http.post("/api/v1/lan-changes").auth(admin()).body("text/plain", "x").send().status())
                .isEqualTo(415);
        for (String path : List.of("/api/v1/lan-changes?status=KIRA", "/api/v1/lan-changes?size=0",
                "/api/v1/lan-changes?sort=secret", "/api/v1/lan-changes/diff?opd=" + opd + "&from=-1&to=0",
                "/api/v1/lan-changes/diff?opd=" + opd + "&from=x&to=0", "/api/v1/lan-changes/uncovered",
                "/api/v1/lan-changes/uncovered?opd=" + opd + "&page=-1",
                "/api/v1/lan-changes/change-tickets?size=0", "/api/v1/lan-changes/change-tickets?sort=secret",
                "/api/v1/lan-changes/change-tickets?page=-1", "/api/v1/lan-changes/change-tickets?approved=mungkin",
                "/api/v1/lan-changes/change-tickets?q=" + "x".repeat(101),
                "/api/v1/lan-changes/export.csv?status=KIRA")) {
            assertThat(http.get(path).auth(admin()).send().status()).as(path).isEqualTo(400);
        }
        for (String path : List.of("/api/v1/lan-changes?opd=TIDAKADA", "/api/v1/lan-changes/export.csv?opd=TIDAKADA",
                "/api/v1/lan-changes/change-tickets?opd=TIDAKADA")) {
            TestHttp.Reply unknown = http.get(path).auth(admin()).send();
            assertThat(unknown.status()).as(path).isEqualTo(422);
            assertThat(unknown.json().get("obligation").asString()).isEqualTo("G1");
        }
        // a search term is taken literally: regular-expression characters are no error
        assertThat(http.get("/api/v1/lan-changes/change-tickets?q=%28%5B*").auth(admin()).send().status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/lan-changes/tidak-ada").auth(admin()).send().status()).isEqualTo(404);
        assertThat(http.post("/api/v1/lan-changes/tidak-ada/acknowledge").auth(admin()).json("{}").send().status())
                .isEqualTo(404);
    }
}
