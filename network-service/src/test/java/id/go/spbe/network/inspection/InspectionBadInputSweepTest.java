package id.go.spbe.network.inspection;

import id.go.spbe.platform.profile.RegionProfile;
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
import static id.go.spbe.network.NetworkTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to the inspection API is a problem naming the field, never a 5xx. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class InspectionBadInputSweepTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    RegionProfile region;

    record Case(String path, String body, String field) {
    }

    @Test
    void badInspectionsFindingsAndParametersAreProblemsNamingTheField() {
        TestHttp http = TestHttp.onPort(port);
        String opd = registerOpd(mongo, newOpd(), "Dinas Sapu Inspeksi");
        String today = today(clock, region).toString();
        String id = http.post("/api/v1/inspections").auth(admin())
                .json(Map.of("opd", opd, "inspectedOn", today, "summary", "Cek")).send().json().get("id").asString();
        String base = "/api/v1/inspections/" + id;
        List<Case> cases = List.of(
                new Case("/api/v1/inspections", "{", null),
                new Case("/api/v1/inspections", "{\"inspectedOn\":\"" + today + "\",\"summary\":\"x\"}", "opd"),
                new Case("/api/v1/inspections", "{\"opd\":\"" + opd + "\",\"inspectedOn\":\"kemarin\",\"summary\":\"x\"}",
                        "inspectedOn"),
                new Case("/api/v1/inspections", "{\"opd\":\"" + opd + "\",\"inspectedOn\":\"" + today + "\"}", "summary"),
                new Case(base + "/findings", "{\"title\":\"x\",\"severity\":\"GAWAT\",\"dueDate\":\"" + today + "\"}",
                        "severity"),
                new Case(base + "/findings", "{\"title\":\"x\",\"severity\":\"LOW\"}", "dueDate"),
                new Case(base + "/findings", "{\"title\":\"\",\"severity\":\"LOW\",\"dueDate\":\"" + today + "\"}",
                        "title"),
                new Case(base + "/findings", "[]", null),
                new Case(base + "/findings/x/resolve", "{\"resolution\":\" \"}", "resolution"));
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
        assertThat(http.post("/api/v1/inspections").auth(admin()).body("text/plain", "x").send().status())
                .isEqualTo(415);
        for (String path : List.of("/api/v1/inspections?openFindings=vielleicht", "/api/v1/inspections?size=999",
                "/api/v1/inspections?sort=secret",
                "/api/v1/inspections/export.csv?openFindings=vielleicht")) {
            assertThat(http.get(path).auth(admin()).send().status()).as(path).isEqualTo(400);
        }
        for (String path : List.of("/api/v1/inspections?opd=TIDAKADA",
                "/api/v1/inspections/export.csv?opd=TIDAKADA")) {
            TestHttp.Reply unknown = http.get(path).auth(admin()).send();
            assertThat(unknown.status()).as(path).isEqualTo(422);
            assertThat(unknown.json().get("obligation").asString()).isEqualTo("G1");
        }
        assertThat(http.get("/api/v1/inspections/tidak-ada").auth(admin()).send().status()).isEqualTo(404);
    }
}
