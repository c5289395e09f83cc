package id.go.spbe.audit.evidence;

import id.go.spbe.audit.support.AuditApi;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static id.go.spbe.audit.support.AuditApi.auditor;
import static id.go.spbe.audit.support.AuditApi.coordinator;
import static id.go.spbe.audit.support.AuditApi.dinas;
import static id.go.spbe.audit.support.AuditApi.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Evidence requests of an audit (AU2): the team asks the audited OPD, the OPD answers with its platform documents,
 * the team asks again with a reason or accepts; overdue requests are flagged from the clock; only the audit's team,
 * the audited OPD and Dinas/coordinators see them. Published events are checked against their schemas.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class EvidenceRequestIntegrationTest {

    private static final String DOCUMENT = "6b0d4f826b4e8aad8cb7cba2";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    AuditApi api;
    TestHttp http;
    Instant started;
    String lead;
    String member;
    String path;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        for (String opd : List.of("DINKES", "DISDIK", "DISKOMINFO")) {
            AuditEvents.opdRegistered(opd);
        }
    }

    @BeforeEach
    void anAuditOfDinkesWithALeadAndAMember() {
        started = clock.instant();
        clock.set(Instant.parse("2026-12-01T03:00:00Z"));
        api = new AuditApi(port);
        http = api.http();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISKOMINFO", org.bson.Document.class,
                "opd_references") != null);
        lead = AuditApi.login("lead");
        member = AuditApi.login("member");
        String leadId = api.internalAuditor(lead, "DISKOMINFO");
        String memberId = api.internalAuditor(member, "DISKOMINFO");
        String auditId = api.created("/api/v1/audits", Map.of("kind", "APLIKASI", "auditedOpd", "DINKES", "title",
                "Audit aplikasi DINKES", "plannedStart", "2026-12-01", "plannedEnd", "2027-01-31", "scope",
                List.of("GOVERNANCE_AND_MANAGEMENT", "FUNCTIONALITY"), "team", List.of(
                        Map.of("auditorId", leadId, "lead", true), Map.of("auditorId", memberId, "lead", false))));
        path = "/api/v1/audits/" + auditId + "/evidence-requests";
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(started);
    }

    TestHttp.Reply ask(String token, String dueDate) {
        return http.post(path).auth(token).json(Map.of("title", "Kebijakan pencadangan", "purpose",
                "Menilai tata kelola pencadangan data", "dueDate", dueDate)).send();
    }

    @Test
    void au2TheTeamAsksTheOpdAnswersWithDocumentsIsAskedAgainWithAReasonAndTheEvidenceIsAccepted() {
        TestHttp.Reply asked = ask(auditor(member), "2026-12-08");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.header("Location")).startsWith(path + "/");
        assertThat(asked.header("ETag")).isNotBlank();
        JsonNode request = asked.json();
        String id = request.get("id").asString();
        String one = path + "/" + id;
        assertThat(request.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(request.get("auditedOpd").asString()).isEqualTo("DINKES");
        assertThat(request.get("round").asInt()).isEqualTo(1);
        assertThat(request.get("overdue").asBoolean()).isFalse();

        assertThat(http.get(path).auth(operator("DINKES")).send().json().get("items")).hasSize(1);
        assertThat(http.post(one + "/accept").auth(auditor(lead)).send().status())
                .as("nothing provided yet").isEqualTo(409);
        assertThat(http.post(one + "/provide").auth(operator("DINKES")).header("If-Match", "\"999\"")
                .json(Map.of("documentIds", List.of(DOCUMENT))).send().status()).isEqualTo(412);
        JsonNode provided = api.step(one + "/provide", operator("DINKES"),
                Map.of("documentIds", List.of(DOCUMENT), "note", "SOP pencadangan 2025"));
        assertThat(provided.get("status").asString()).isEqualTo("PROVIDED");
        assertThat(provided.get("submissions").get(0).get("documentIds").get(0).asString()).isEqualTo(DOCUMENT);
        assertThat(provided.get("submissions").get(0).get("providedBy").asString()).isEqualTo("operator.dinkes");
        assertThat(http.post(one + "/provide").auth(operator("DINKES")).json(Map.of("documentIds",
                List.of(DOCUMENT))).send().status()).as("already provided").isEqualTo(409);

        JsonNode again = api.step(one + "/ask-again", auditor(member), Map.of("reason", "SOP 2025 sudah kedaluwarsa",
                "dueDate", "2026-12-15"));
        assertThat(again.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(again.get("round").asInt()).isEqualTo(2);
        assertThat(again.get("lastReason").asString()).isEqualTo("SOP 2025 sudah kedaluwarsa");
        assertThat(again.get("dueDate").asString()).isEqualTo("2026-12-15");
        api.step(one + "/provide", operator("DINKES"), Map.of("documentIds", List.of(DOCUMENT,
                new org.bson.types.ObjectId().toHexString())));
        JsonNode accepted = api.step(one + "/accept", auditor(lead), Map.of("note", "Lengkap"));
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("acceptedBy").asString()).isEqualTo(lead);
        assertThat(accepted.get("submissions")).hasSize(2);

        JsonNode history = http.get(one + "/history").auth(operator("DINKES")).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries")).hasSize(5);
        List<JsonNode> requested = AuditEvents.published("spbe.audit.evidence.v1",
                "id.go.spbe.evidence.requested.v1", id, 2);
        assertThat(requested).anyMatch(e -> e.get("round").asInt() == 2
                && e.get("reason").asString().equals("SOP 2025 sudah kedaluwarsa"));
        assertThat(AuditEvents.published("spbe.audit.evidence.v1", "id.go.spbe.evidence.provided.v1", id, 2))
                .allMatch(e -> e.get("auditedOpd").asString().equals("DINKES"));
        AuditEvents.published("spbe.audit.evidence.v1", "id.go.spbe.evidence.accepted.v1", id, 1);
    }

    @Test
    void au2AnUnansweredRequestIsOverdueOnceItsDueDateHasPassedAndTheListFiltersIt() {
        String late = ask(auditor(lead), "2026-12-05").json().get("id").asString();
        String answered = ask(auditor(lead), "2026-12-05").json().get("id").asString();
        api.step(path + "/" + answered + "/provide", operator("DINKES"), Map.of("documentIds", List.of(DOCUMENT)));
        String later = ask(auditor(lead), "2026-12-31").json().get("id").asString();
        assertThat(http.get(path + "?overdue=true").auth(dinas()).send().json().get("items")).isEmpty();

        clock.set(Instant.parse("2026-12-06T03:00:00Z"));
        assertThat(http.get(path + "/" + late).auth(operator("DINKES")).send().json().get("overdue").asBoolean())
                .isTrue();
        assertThat(http.get(path + "/" + answered).auth(dinas()).send().json().get("overdue").asBoolean())
                .as("answered, waiting for the team").isFalse();
        assertThat(ids(http.get(path + "?overdue=true").auth(coordinator()).send().json())).containsExactly(late);
        assertThat(ids(http.get(path + "?overdue=false").auth(auditor(member)).send().json()))
                .containsExactlyInAnyOrder(answered, later);
        assertThat(ids(http.get(path + "?status=PROVIDED").auth(dinas()).send().json())).containsExactly(answered);
    }

    @Test
    void au2OnlyTheTeamTheAuditedOpdAndDinasOrCoordinatorsSeeThemAndEachSideTakesItsOwnSteps() {
        String id = ask(dinas(), "2026-12-08").json().get("id").asString();
        String one = path + "/" + id;
        for (String outsider : List.of(operator("DISDIK"), auditor(AuditApi.login("other")))) {
            assertThat(http.get(path).auth(outsider).send().status()).isEqualTo(404);
            assertThat(http.get(one).auth(outsider).send().status()).isEqualTo(404);
            assertThat(http.get(one + "/history").auth(outsider).send().status()).isEqualTo(404);
        }
        assertThat(http.post(one + "/provide").auth(operator("DISDIK")).json(Map.of("documentIds",
                List.of(DOCUMENT))).send().status()).isEqualTo(404);
        assertThat(http.get(one).auth(coordinator()).send().status()).isEqualTo(200);
        assertThat(ask(operator("DINKES"), "2026-12-08").status()).as("the OPD does not ask itself").isEqualTo(403);
        assertThat(ask(coordinator(), "2026-12-08").status()).isEqualTo(403);
        assertThat(http.post(one + "/provide").auth(auditor(lead)).json(Map.of("documentIds", List.of(DOCUMENT)))
                .send().status()).as("the team does not answer for the OPD").isEqualTo(403);
        assertThat(http.post(one + "/provide").auth(dinas()).json(Map.of("documentIds", List.of(DOCUMENT)))
                .send().status()).isEqualTo(403);
        api.step(one + "/provide", operator("DINKES"), Map.of("documentIds", List.of(DOCUMENT)));
        assertThat(http.post(one + "/accept").auth(operator("DINKES")).send().status())
                .as("the OPD does not accept its own evidence").isEqualTo(403);
        assertThat(api.step(one + "/accept", dinas(), null).get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void au2ADueDateBeforeTodayIsRefusedAndAClosedAuditTakesNoMoreRequests() {
        TestHttp.Reply past = ask(auditor(lead), "2026-11-30");
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().get("obligation").asString()).isEqualTo("AU2");
        String id = ask(auditor(lead), "2026-12-08").json().get("id").asString();
        api.step(path + "/" + id + "/provide", operator("DINKES"), Map.of("documentIds", List.of(DOCUMENT)));
        TestHttp.Reply pastAgain = http.post(path + "/" + id + "/ask-again").auth(auditor(lead))
                .json(Map.of("reason", "Kurang", "dueDate", "2026-11-01")).send();
        assertThat(pastAgain.status()).isEqualTo(422);

        String audit = path.substring(0, path.lastIndexOf('/'));
        api.step(audit + "/cancel", dinas(), Map.of("reason", "Dibatalkan"));
        assertThat(ask(auditor(lead), "2026-12-08").status()).isEqualTo(409);
        assertThat(http.post(path + "/" + id + "/accept").auth(auditor(lead)).send().status()).isEqualTo(409);
        assertThat(http.get(path + "/" + id).auth(operator("DINKES")).send().status()).as("still readable")
                .isEqualTo(200);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }
}
