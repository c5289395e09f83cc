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

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.auditor;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.registeredApplication;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier2;
import static org.assertj.core.api.Assertions.assertThat;

/** Change management over HTTP in rejang-lebong, where Dinas (DINAS_ADMIN) approves changes (S6, RL p45). */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class ChangeManagementIntegrationTest {

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

    String openChange(String appId) {
        Map<String, Object> body = form("PERUBAHAN", "APLIKASI", "SEDANG", "SEDANG");
        body.put("title", "Tambah modul rujukan online");
        body.put("affectedApplicationId", appId);
        TestHttp.Reply reply = http.post("/api/v1/tickets").auth(operator("DINKES")).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.json().get("id").asString();
        assertThat(http.post("/api/v1/tickets/" + id + "/take").auth(tier1("DINKES", T1)).send().status())
                .isEqualTo(200);
        return id;
    }

    TestHttp.Reply stage(String token, String id, String verb, Map<String, Object> body) {
        return http.post("/api/v1/changes/" + id + "/" + verb).auth(token).json(body).send();
    }

    JsonNode ok(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void aChangeFollowsExactlyTheRegulationsStagesEachRecordedWithWhoWhenAndANote_S6() {
        String app = registeredApplication(mongo, "SIMPUS", "DINKES");
        String id = openChange(app);
        String t1 = tier1("DINKES", T1);

        JsonNode view = ok(stage(t1, id, "analysis", Map.of("note", "Analisis dampak pada modul pendaftaran")));
        assertThat(view.get("stage").asString()).isEqualTo("ANALYSIS");
        assertThat(view.get("approverRole").asString()).isEqualTo("DINAS_ADMIN");
        // approval cannot be skipped: development straight from analysis is a conflict
        assertThat(stage(t1, id, "implementation", Map.of("note", "langsung"))).extracting(TestHttp.Reply::status)
                .isEqualTo(409);
        ok(stage(t1, id, "approval", Map.of("note", "Risiko rendah; rollback dengan versi lama")));
        // the desk does not approve its own change; the profile's approver does
        assertThat(stage(t1, id, "approve", Map.of("note", "ok"))).extracting(TestHttp.Reply::status).isEqualTo(403);
        assertThat(stage(tier2("agen.tier2"), id, "approve", Map.of("note", "ok")))
                .extracting(TestHttp.Reply::status).isEqualTo(403);
        JsonNode approved = ok(stage(admin(), id, "approve", Map.of("note", "Disetujui Kadis")));
        assertThat(approved.get("stage").asString()).isEqualTo("DEVELOPMENT");
        JsonNode approvedEvent = TicketEventsSupport.published(id, "change.approved");
        assertThat(approvedEvent.get("affectedApplicationId").asString()).isEqualTo(app);
        assertThat(approvedEvent.get("approverRole").asString()).isEqualTo("DINAS_ADMIN");
        assertThat(approvedEvent.get("approvedBy").asString()).isEqualTo("admin.dinas");
        // the change's title, for consumers naming it (network's change-ticket picker, N7)
        assertThat(approvedEvent.get("title").asString()).isEqualTo("Tambah modul rujukan online");
        assertThat(TicketEventsSupport.published(id, "ticket.opened").get("title").asString())
                .isEqualTo("Tambah modul rujukan online");

        ok(stage(t1, id, "implementation", Map.of("note", "Modul selesai diuji di staging")));
        ok(stage(t1, id, "evaluation", Map.of("note", "Dipasang di produksi 23/11")));
        assertThat(TicketEventsSupport.published(id, "change.implemented").get("implementedBy").asString())
                .isEqualTo(T1);
        // the generic close does not bypass the evaluation
        assertThat(http.post("/api/v1/tickets/" + id + "/close").auth(t1).send().status()).isEqualTo(409);
        JsonNode closed = ok(stage(t1, id, "close", Map.of("note", "Dua minggu tanpa gangguan")));
        assertThat(closed.get("stage").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("nextSteps").size()).isZero();
        assertThat(closed.get("steps").valueStream().map(s -> s.get("stage").asString()).toList())
                .containsExactly("ANALYSIS", "APPROVAL", "DEVELOPMENT", "IMPLEMENTATION", "EVALUATION", "CLOSED");
        assertThat(closed.get("steps").valueStream().map(s -> s.get("by").asString()).toList())
                .containsExactly(T1, T1, "admin.dinas", T1, T1, T1);
        assertThat(closed.get("steps").get(2).get("note").asString()).isEqualTo("Disetujui Kadis");
        assertThat(closed.get("steps").get(0).get("at").asString()).isNotBlank();
        TicketEventsSupport.published(id, "ticket.closed");

        // the change is linked to its application: the list filters by it
        JsonNode byApp = ok(http.get("/api/v1/changes?application=" + app).auth(operator("DINKES")).send());
        assertThat(byApp.get("items").valueStream().map(i -> i.get("id").asString()).toList())
                .containsExactly(id);
        assertThat(byApp.get("items").get(0).get("affectedApplication").get("name").asString()).isEqualTo("SIMPUS");

        JsonNode history = ok(http.get("/api/v1/tickets/" + id + "/history").auth(auditor()).send());
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").valueStream().map(e -> e.get("actor").asString()).toList())
                .contains("admin.dinas");
    }

    @Test
    void theApproverRefusesWithAMandatoryReasonAndTheChangeIsClosed_S6() {
        String id = openChange(registeredApplication(mongo, "SIMPEG", "DINKES"));
        String t1 = tier1("DINKES", T1);
        ok(stage(t1, id, "analysis", Map.of("note", "a")));
        ok(stage(t1, id, "approval", Map.of("note", "b")));
        TestHttp.Reply blank = stage(admin(), id, "refuse", Map.of());
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().get("obligation").asString()).isEqualTo("S6");
        JsonNode refused = ok(stage(admin(), id, "refuse", Map.of("reason", "Bertabrakan dengan migrasi server")));
        assertThat(refused.get("stage").asString()).isEqualTo("CLOSED");
        assertThat(refused.get("steps").get(2).get("step").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("steps").get(2).get("note").asString()).isEqualTo("Bertabrakan dengan migrasi server");
        assertThat(stage(t1, id, "implementation", Map.of("note", "c")).status()).isEqualTo(409);
        assertThat(TicketEventsSupport.published(id, "ticket.closed").get("from").asString()).isEqualTo("APPROVAL");
    }

    @Test
    void aStageNeedsItsNoteAndTheCurrentVersion_S6() {
        String id = openChange(registeredApplication(mongo, "SIKDA", "DINKES"));
        String t1 = tier1("DINKES", T1);
        TestHttp.Reply blank = stage(t1, id, "analysis", Map.of("note", " "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().get("obligation").asString()).isEqualTo("S6");
        TestHttp.Reply current = http.get("/api/v1/changes/" + id).auth(t1).send();
        String etag = current.header("ETag");
        assertThat(http.post("/api/v1/changes/" + id + "/analysis").auth(t1).header("If-Match", "\"0\"")
                .json(Map.of("note", "a")).send().status()).isEqualTo(412);
        assertThat(http.post("/api/v1/changes/" + id + "/analysis").auth(t1).header("If-Match", etag)
                .json(Map.of("note", "a")).send().status()).isEqualTo(200);
    }

    @Test
    void changesAreScopedToTheirOpdAndOnlyChangesAreListed_S6_SEC1() {
        String id = openChange(registeredApplication(mongo, "EPUSK", "DINKES"));
        assertThat(http.get("/api/v1/changes/" + id).auth(operator("DISDIK")).send().status()).isEqualTo(404);
        assertThat(stage(tier1("DISDIK", "teknisi.disdik"), id, "analysis", Map.of("note", "a")).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/changes?opd=DINKES").auth(operator("DISDIK")).send().status()).isEqualTo(403);
        TestHttp.Reply incident = http.post("/api/v1/tickets").auth(operator("DINKES"))
                .json(form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG")).send();
        String incidentId = incident.json().get("id").asString();
        assertThat(http.get("/api/v1/changes/" + incidentId).auth(operator("DINKES")).send().status())
                .isEqualTo(404);
        List<String> listed = ok(http.get("/api/v1/changes?size=200&opd=DINKES").auth(admin()).send())
                .get("items").valueStream().map(i -> i.get("id").asString()).toList();
        assertThat(listed).contains(id).doesNotContain(incidentId);
        assertThat(ok(http.get("/api/v1/changes/" + id).auth(auditor()).send()).get("nextSteps").get(0).asString())
                .isEqualTo("ANALYSIS_STARTED");
    }
}
