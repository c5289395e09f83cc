package id.go.spbe.audit;

import id.go.spbe.audit.support.AuditApi;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.audit.support.AuditApi.auditor;
import static id.go.spbe.audit.support.AuditApi.coordinator;
import static id.go.spbe.audit.support.AuditApi.dinas;
import static id.go.spbe.audit.support.AuditApi.evaluator;
import static id.go.spbe.audit.support.AuditApi.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint of auditors, audits and findings × every kind of caller (SEC1, issue 12): Dinas and coordinators see
 * all; an auditor only the audits (and their findings) they are assigned to; an OPD its own audits and the findings it
 * owns; another OPD or an unassigned auditor gets 404 (no existence leak); a role that may not act gets 403.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class AuthorizationMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    AuditApi api;
    TestHttp http;
    String lead;
    String member;
    String leadId;
    String memberId;
    String audit;
    String finding;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        for (String opd : List.of("DINKES", "DISDIK", "DISKOMINFO")) {
            AuditEvents.opdRegistered(opd);
        }
    }

    @BeforeEach
    void anAuditOfDinkesInProgressWithOneFinding() {
        api = new AuditApi(port);
        http = api.http();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISKOMINFO", org.bson.Document.class,
                "opd_references") != null);
        lead = AuditApi.login("lead");
        member = AuditApi.login("member");
        leadId = api.internalAuditor(lead, "DISKOMINFO");
        memberId = api.externalAuditor(member, "2030-01-01");
        TestHttp.Reply created = http.post("/api/v1/audits").auth(dinas()).json(Map.of("kind", "APLIKASI",
                "auditedOpd", "DINKES", "title", "Audit matriks", "plannedStart", "2027-01-01", "plannedEnd",
                "2027-02-01", "scope", List.of("FUNCTIONALITY"), "team", List.of(Map.of("auditorId", leadId, "lead",
                        true), Map.of("auditorId", memberId, "lead", false)))).send();
        audit = "/api/v1/audits/" + created.json().get("id").asString();
        api.step(audit + "/start", auditor(lead), null);
        finding = audit + "/findings/" + api.http().post(audit + "/findings").auth(auditor(lead)).json(Map.of(
                "title", "Temuan", "severity", "LOW", "criterion", "c", "condition", "k", "cause", "s", "effect", "a",
                "recommendation", "r", "ownerOpd", "DINKES", "dueDate", "2027-06-01")).send().json().get("id")
                .asString();
    }

    Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("dinas", dinas());
        callers.put("coordinator", coordinator());
        callers.put("lead auditor", auditor(lead));
        callers.put("team member", auditor(member));
        callers.put("unassigned auditor", auditor(AuditApi.login("other")));
        callers.put("own OPD", operator("DINKES"));
        callers.put("other OPD", operator("DISDIK"));
        callers.put("evaluator", evaluator());
        callers.put("anonymous", null);
        return callers;
    }

    /** Expected status per caller, in the order of {@link #callers()}. */
    void expect(String method, String path, Object body, int... statuses) {
        List<String> wrong = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> caller : callers().entrySet()) {
            TestHttp.Call call = switch (method) {
                case "GET" -> http.get(path);
                case "PUT" -> http.put(path);
                default -> http.post(path);
            };
            if (body != null) {
                call.json(body);
            }
            TestHttp.Reply reply = call.auth(caller.getValue()).send();
            if (reply.status() != statuses[i]) {
                wrong.add(caller.getKey() + ": " + reply.status() + " instead of " + statuses[i] + " " + reply);
            }
            i++;
        }
        assertThat(wrong).as(method + " " + path).isEmpty();
    }

    boolean lists(String token, String path, String id) {
        TestHttp.Reply reply = http.get(path).auth(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items").valueStream().anyMatch(i -> i.get("id").asString().equals(id));
    }

    @Test
    void readsOfAuditsAndFindingsFollowAssignmentAndOwnership() {
        //                                         dinas coord lead memb unass own  other eval anon
        expect("GET", audit, null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("GET", audit + "/history", null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("GET", audit + "/findings", null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("GET", finding, null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("GET", finding + "/history", null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("GET", "/api/v1/auditors", null, 200, 200, 200, 200, 200, 403, 403, 403, 401);
        expect("GET", "/api/v1/auditors/" + leadId, null, 200, 200, 200, 200, 200, 403, 403, 403, 401);
        expect("GET", "/api/v1/audit-plan?year=2027", null, 200, 200, 200, 200, 200, 200, 200, 200, 401);
        expect("GET", "/api/v1/audit-plan/overdue", null, 200, 200, 200, 200, 200, 200, 200, 200, 401);
        expect("GET", "/api/v1/audit-plan/objects", null, 200, 200, 200, 200, 200, 200, 200, 200, 401);
        expect("GET", "/api/v1/audit-plan/objects?objectKind=DATA_CENTER", null, 200, 200, 200, 200, 200, 200, 200,
                200, 401);
        expect("GET", "/api/v1/audit-plan?year=2028&objectKind=LAN", null, 200, 200, 200, 200, 200, 200, 200, 200,
                401);
        expect("GET", "/api/v1/audit-plan/calendar?fromYear=2027&toYear=2028", null, 200, 200, 200, 200, 200, 200,
                200, 200, 401);
        expect("GET", "/api/v1/audit-plan/export.csv?year=2027", null, 200, 200, 200, 200, 200, 200, 200, 200, 401);
        // the list exports: each caller gets its own scope of the list (others an empty file), an evaluator none
        expect("GET", "/api/v1/audits/export.csv", null, 200, 200, 200, 200, 200, 200, 200, 403, 401);
        expect("GET", "/api/v1/audits/findings/export.csv", null, 200, 200, 200, 200, 200, 200, 200, 403, 401);
        expect("GET", "/api/v1/audits/export.csv?opd=DINKES", null, 200, 200, 200, 200, 200, 200, 403, 403, 401);
        expect("GET", "/api/v1/audits/findings/export.csv?ownerOpd=DINKES", null, 200, 200, 200, 200, 200, 200, 403,
                403, 401);

        String auditId = audit.substring(audit.lastIndexOf('/') + 1);
        String findingId = finding.substring(finding.lastIndexOf('/') + 1);
        String listAudits = "/api/v1/audits?size=200&sort=createdAt,desc";
        String listFindings = "/api/v1/audits/findings?size=200&sort=openedAt,desc";
        for (var visible : List.of(dinas(), coordinator(), auditor(lead), auditor(member), operator("DINKES"))) {
            assertThat(lists(visible, listAudits, auditId)).isTrue();
            assertThat(lists(visible, listFindings, findingId)).isTrue();
        }
        for (var hidden : List.of(auditor(AuditApi.login("other")), operator("DISDIK"))) {
            assertThat(lists(hidden, listAudits, auditId)).isFalse();
            assertThat(lists(hidden, listFindings, findingId)).isFalse();
        }
        assertThat(http.get("/api/v1/audits?opd=DINKES").auth(operator("DISDIK")).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audits/findings?ownerOpd=DINKES").auth(operator("DISDIK")).send().status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/audits").auth(evaluator()).send().status()).isEqualTo(403);
        String exportAudits = "/api/v1/audits/export.csv";
        String exportFindings = "/api/v1/audits/findings/export.csv";
        for (var visible : List.of(dinas(), coordinator(), auditor(lead), auditor(member), operator("DINKES"))) {
            assertThat(http.get(exportAudits).auth(visible).send().text()).contains(auditId);
            assertThat(http.get(exportFindings).auth(visible).send().text()).contains(findingId);
        }
        for (var hidden : List.of(auditor(AuditApi.login("other")), operator("DISDIK"))) {
            assertThat(http.get(exportAudits).auth(hidden).send().text()).doesNotContain(auditId);
            assertThat(http.get(exportFindings).auth(hidden).send().text()).doesNotContain(findingId);
        }
    }

    @Test
    void theReportPdfIsForTheTeamDinasCoordinatorsAndOnceCompletedTheAuditedOpd_AU7() {
        String pdf = audit + "/report.pdf";
        //                                   dinas coord lead memb unass own  other eval anon
        expect("GET", pdf, null, 409, 409, 409, 409, 404, 409, 404, 403, 401);
        api.step(audit + "/report", auditor(lead), null);
        expect("GET", pdf, null, 200, 200, 200, 200, 404, 409, 404, 403, 401);
        api.step(audit + "/complete", auditor(lead), null);
        expect("GET", pdf, null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        TestHttp.Reply integration = http.get(pdf).auth(AuditApi.ISSUER.user("sistem.dinkes").opd("DINKES")
                .roles("INTEGRATION").bearer()).send();
        assertThat(integration.status()).as("a person reads the report, not a machine account").isEqualTo(403);
    }

    @Test
    void writesBelongToDinasTheLeadAuditorTheTeamOrTheOwnerOpd() {
        Map<String, Object> newAudit = Map.of("kind", "APLIKASI", "auditedOpd", "DISDIK", "title", "x",
                "plannedStart", "2027-01-01", "plannedEnd", "2027-01-02", "scope", List.of("PERFORMANCE"));
        Map<String, Object> newAuditor = Map.of("type", "EXTERNAL_BODY", "name", "LATIK", "certificate",
                Map.of("number", "AKR-1", "issuer", "BRIN", "expiresOn", "2030-01-01"));
        Map<String, Object> team = Map.of("members", List.of(Map.of("auditorId", leadId, "lead", true),
                Map.of("auditorId", memberId, "lead", false)));
        Map<String, Object> newFinding = Map.of("title", "t", "severity", "LOW", "criterion", "c", "condition", "k",
                "cause", "s", "effect", "a", "recommendation", "r", "ownerOpd", "DINKES", "dueDate", "2027-06-01");
        //                                                dinas coord lead memb unass own  other eval anon
        expect("POST", "/api/v1/audits", newAudit, 201, 403, 403, 403, 403, 403, 403, 403, 401);
        expect("POST", "/api/v1/audit-plan/recompute", null, 200, 403, 403, 403, 403, 403, 403, 403, 401);
        expect("POST", "/api/v1/auditors", newAuditor, 201, 403, 403, 403, 403, 403, 403, 403, 401);
        expect("PUT", "/api/v1/auditors/" + leadId, Map.of("type", "INTERNAL", "name", "Lead", "username", lead,
                "homeOpd", "DISKOMINFO", "decree", Map.of("number", "1", "date", "2026-01-01")),
                200, 403, 403, 403, 403, 403, 403, 403, 401);
        expect("POST", audit + "/team", team, 200, 403, 403, 403, 403, 403, 403, 403, 401);
        expect("POST", audit + "/findings", newFinding, 201, 403, 201, 201, 404, 403, 403, 403, 401);
        // IDENTIFIED: only confirm is possible; a 409 proves the caller passed authorisation.
        expect("POST", finding + "/start-remediation", null, 409, 403, 403, 403, 403, 409, 404, 403, 401);
        expect("POST", finding + "/verify", null, 409, 403, 409, 409, 404, 403, 403, 403, 401);
        expect("POST", finding + "/accept-risk", Map.of("reason", "r"), 409, 403, 403, 403, 403, 409, 404, 403, 401);
        expect("POST", finding + "/reopen", Map.of("reason", "r"), 409, 403, 409, 409, 404, 403, 403, 403, 401);
        expect("POST", audit + "/start", null, 409, 403, 409, 403, 404, 403, 403, 403, 401);
        expect("POST", audit + "/complete", null, 409, 403, 409, 403, 404, 403, 403, 403, 401);
        expect("POST", audit + "/cancel", Map.of("reason", "r"), 200, 403, 403, 403, 403, 403, 403, 403, 401);
    }

    @Test
    void workpapersAreTheTeamsOwnRecord_readByDinas_notByTheAuditedOpd() {
        Map<String, Object> paper = Map.of("title", "Uji akses", "scopeArea", "FUNCTIONALITY", "notes", "n");
        String papers = audit + "/workpapers";
        String one = papers + "/" + http.post(papers).auth(auditor(lead)).json(paper).send().json().get("id")
                .asString();
        //                                      dinas coord lead memb unass own  other eval anon
        expect("GET", papers, null, 200, 403, 200, 200, 404, 403, 403, 403, 401);
        expect("GET", one, null, 200, 403, 200, 200, 404, 403, 403, 403, 401);
        expect("GET", one + "/history", null, 200, 403, 200, 200, 404, 403, 403, 403, 401);
        expect("POST", papers, paper, 403, 403, 201, 201, 404, 403, 403, 403, 401);
        expect("PUT", one, paper, 403, 403, 200, 200, 404, 403, 403, 403, 401);
    }

    @Test
    void evidenceFromOtherServicesIsReadByWhoeverSeesTheAudit_pulledByTheTeamOrDinas_neverByIntegration() {
        String live = audit + "/service-evidence/BACKUPS?from=2026-01-01&to=2026-06-30";
        String pulled = audit + "/pulled-evidence";
        Map<String, Object> pull = Map.of("source", "CHANGES", "from", "2026-01-01", "to", "2026-06-30");
        String one = pulled + "/" + http.post(pulled).auth(auditor(member)).json(pull).send().json().get("id")
                .asString();
        //                                      dinas coord lead memb unass own  other eval anon
        expect("GET", live, null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("GET", pulled, null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("GET", one, null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("GET", one + "/history", null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("POST", pulled, pull, 201, 403, 201, 201, 404, 403, 403, 403, 401);
        String integration = AuditApi.ISSUER.user("sistem.dinkes").opd("DINKES").roles("INTEGRATION").bearer();
        for (String path : List.of(live, pulled, one)) {
            assertThat(http.get(path).auth(integration).send().status()).as("integration " + path).isEqualTo(403);
        }
        assertThat(http.post(pulled).auth(integration).json(pull).send().status()).isEqualTo(403);
    }

    @Test
    void theOwnerOpdAndTheAuditorsEachConfirmButAnotherOpdCannotSeeTheFinding() {
        //                                                dinas coord lead memb unass own  other eval anon
        JsonNode confirmed = api.step(finding + "/confirm", operator("DINKES"), null);
        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        expect("POST", finding + "/confirm", null, 409, 403, 409, 409, 404, 409, 404, 403, 401);
    }

    @Test
    void au2EvidenceRequestsAreSeenByTheTeamTheAuditedOpdAndDinasAskedByTheTeamAndAnsweredByTheAuditedOpd() {
        Map<String, Object> ask = Map.of("title", "Dokumen SOP", "purpose", "Uji tata kelola", "dueDate",
                "2030-01-01");
        String requests = audit + "/evidence-requests";
        String request = requests + "/" + http.post(requests).auth(auditor(member)).json(ask).send().json().get("id")
                .asString();
        //                                                dinas coord lead memb unass own  other eval anon
        expect("GET", requests, null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("GET", request, null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("GET", request + "/history", null, 200, 200, 200, 200, 404, 200, 404, 403, 401);
        expect("POST", requests, ask, 201, 403, 201, 201, 404, 403, 403, 403, 401);
        // REQUESTED: nothing to accept or ask again yet; a 409 proves the caller passed authorisation.
        expect("POST", request + "/accept", null, 409, 403, 409, 409, 404, 403, 403, 403, 401);
        expect("POST", request + "/ask-again", Map.of("reason", "r", "dueDate", "2030-01-01"),
                409, 403, 409, 409, 404, 403, 403, 403, 401);
        String document = new org.bson.types.ObjectId().toHexString();
        expect("POST", request + "/provide", Map.of("documentIds", List.of(document)),
                403, 403, 403, 403, 403, 200, 404, 403, 401);
    }

    @Test
    void au9CertificatesAreReadRegionWideOrByTheOwnOpdAndRegisteredByDinasOrTheOwnOpd() {
        Map<String, Object> certificate = new java.util.HashMap<>(Map.of("holder", "dr. Sari", "opdCode", "DINKES",
                "issuer", "CN=BSrE,O=BSSN,C=ID", "serialNumber", UUID.randomUUID().toString().substring(0, 8),
                "notBefore", "2026-01-01T00:00:00Z", "notAfter", "2028-01-01T00:00:00Z"));
        String id = http.post("/api/v1/certificates").auth(operator("DINKES")).json(certificate).send().json()
                .get("id").asString();
        String path = "/api/v1/certificates/" + id;
        //                                         dinas coord lead memb unass own  other eval anon
        expect("GET", path, null, 200, 200, 200, 200, 200, 200, 404, 403, 401);
        expect("GET", path + "/history", null, 200, 200, 200, 200, 200, 200, 404, 403, 401);
        expect("GET", "/api/v1/certificates?opd=DINKES", null, 200, 200, 200, 200, 200, 200, 403, 403, 401);
        assertThat(lists(operator("DINKES"), "/api/v1/certificates?size=200&sort=registeredAt,desc", id)).isTrue();
        assertThat(lists(operator("DISDIK"), "/api/v1/certificates?size=200&sort=registeredAt,desc", id)).isFalse();
        // The same issuer and serial again: a 409 proves the caller passed authorisation.
        expect("POST", "/api/v1/certificates", certificate, 409, 403, 403, 403, 403, 409, 403, 403, 401);
        expect("PUT", path, certificate, 200, 403, 403, 403, 403, 200, 404, 403, 401);
    }
}
