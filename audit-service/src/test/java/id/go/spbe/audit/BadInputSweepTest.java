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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.go.spbe.audit.support.AuditApi.auditor;
import static id.go.spbe.audit.support.AuditApi.dinas;
import static id.go.spbe.audit.support.AuditApi.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad input never gives a 5xx (issue 12): per controller family, malformed and missing or wrongly typed fields are a
 * 400 naming the field, a wrong media type a 415, a broken rule a 422 with its obligation, an illegal step a 409, a
 * stale If-Match a 412, an unknown id a 404.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class BadInputSweepTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    AuditApi api;
    TestHttp http;
    final List<String> wrong = new ArrayList<>();

    @BeforeAll
    static void directoryKnowsTheOpds() {
        for (String opd : List.of("DINKES", "DISKOMINFO")) {
            AuditEvents.opdRegistered(opd);
        }
    }

    @BeforeEach
    void setUp() {
        api = new AuditApi(port);
        http = api.http();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISKOMINFO", org.bson.Document.class,
                "opd_references") != null);
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    /** Sends and records a mismatch; for 400 with a field, checks the field is named; for 422, the obligation. */
    void check(String label, TestHttp.Call call, int status, String fieldOrObligation) {
        TestHttp.Reply reply = call.send();
        if (reply.status() != status) {
            wrong.add(label + ": " + reply.status() + " instead of " + status + " " + reply);
            return;
        }
        assertThat(reply.contentType()).as(label).startsWith("application/problem+json");
        if (fieldOrObligation == null) {
            return;
        }
        String text = reply.text();
        boolean named = status == 422 ? reply.json().path("obligation").asString().equals(fieldOrObligation)
                : text.contains("\"" + fieldOrObligation);
        if (!named) {
            wrong.add(label + ": does not name " + fieldOrObligation + " " + reply);
        }
    }

    /** A query parameter Spring cannot convert or finds missing: a 400 whose detail names it ('name'). */
    void checkParameter(String label, TestHttp.Call call, String parameter) {
        TestHttp.Reply reply = call.auth(dinas()).send();
        if (reply.status() != 400 || !reply.contentType().startsWith("application/problem+json")
                || !reply.json().path("detail").asString().contains("'" + parameter + "'")) {
            wrong.add(label + ": not a 400 naming '" + parameter + "' " + reply);
        }
    }

    TestHttp.Call post(String path, Object body) {
        return http.post(path).auth(dinas()).json(body);
    }

    @Test
    void auditorsRefuseBadInputClearly() {
        Map<String, Object> internal = Map.of("type", "INTERNAL", "name", "Budi", "homeOpd", "DISKOMINFO", "decree",
                Map.of("number", "1", "date", "2026-01-01"));
        String path = "/api/v1/auditors";
        check("malformed", post(path, "{\"type\":"), 400, null);
        check("missing type", post(path, with(internal, "type", null)), 400, "type");
        check("unknown type", post(path, with(internal, "type", "DUKUN")), 400, "type");
        check("blank name", post(path, with(internal, "name", " ")), 400, "name");
        check("bad homeOpd", post(path, with(internal, "homeOpd", "dinkes")), 400, "homeOpd");
        check("bad decree date", post(path, with(internal, "decree", Map.of("number", "1", "date", "kemarin"))),
                400, "decree");
        check("internal without decree", post(path, with(internal, "decree", null)), 422, "AU3");
        check("external without certificate", post(path, Map.of("type", "EXTERNAL_AUDITOR", "name", "X")), 422,
                "AU3");
        check("certificate without expiry", post(path, Map.of("type", "EXTERNAL_BODY", "name", "X", "certificate",
                Map.of("number", "1", "issuer", "BRIN"))), 400, "certificate");
        check("unknown homeOpd", post(path, with(internal, "homeOpd", "ATLANTIS")), 422, "G1");
        check("wrong media type", http.post(path).auth(dinas()).body("text/plain", "x"), 415, null);
        check("unknown id", http.get(path + "/nope").auth(dinas()), 404, null);
        check("page too large", http.get(path + "?size=500").auth(dinas()), 400, "size");
        check("unknown sort", http.get(path + "?sort=password").auth(dinas()), 400, "sort");
        check("unknown filter value", http.get(path + "?type=DUKUN").auth(dinas()), 400, null);
        String id = api.internalAuditor(AuditApi.login("budi"), "DISKOMINFO");
        check("stale If-Match", http.put(path + "/" + id).auth(dinas()).header("If-Match", "\"42\"").json(internal),
                412, null);
        assertThat(wrong).isEmpty();
    }

    @Test
    void auditsRefuseBadInputClearly() {
        String lead = AuditApi.login("budi");
        String leadId = api.internalAuditor(lead, "DISKOMINFO");
        Map<String, Object> adHoc = Map.of("kind", "APLIKASI", "auditedOpd", "DINKES", "title", "Audit",
                "plannedStart", "2027-01-01", "plannedEnd", "2027-02-01", "scope", List.of("FUNCTIONALITY"));
        String path = "/api/v1/audits";
        check("malformed", post(path, "{\"kind\""), 400, null);
        check("missing title", post(path, with(adHoc, "title", null)), 400, "title");
        check("bad date", post(path, with(adHoc, "plannedStart", "besok")), 400, "plannedStart");
        check("end before start", post(path, with(adHoc, "plannedEnd", "2026-12-01")), 400, "plannedEnd");
        check("empty scope", post(path, with(adHoc, "scope", List.of())), 400, "scope");
        check("unknown previousAuditId", post(path, with(adHoc, "previousAuditId", "tidak-ada")), 400,
                "previousAuditId");
        check("unknown scope", post(path, with(adHoc, "scope", List.of("SEMUANYA"))), 400, "scope");
        check("scope not a list", post(path, with(adHoc, "scope", 7)), 400, "scope");
        check("OTHER without otherScope", post(path, with(adHoc, "scope", List.of("OTHER"))), 422, "AU2");
        check("ad hoc without kind", post(path, with(adHoc, "kind", null)), 400, "kind");
        check("ad hoc without OPD", post(path, with(adHoc, "auditedOpd", null)), 400, "auditedOpd");
        check("unknown OPD", post(path, with(adHoc, "auditedOpd", "ATLANTIS")), 422, "G1");
        check("unknown plan item", post(path, with(with(adHoc, "kind", null), "planItemId", "nope:APLIKASI")), 400,
                "planItemId");
        check("two leads", post(path, with(adHoc, "team", List.of(Map.of("auditorId", leadId, "lead", true),
                Map.of("auditorId", api.externalAuditor(AuditApi.login("x"), "2030-01-01"), "lead", true)))), 422,
                "AU3");
        check("no lead", post(path, with(adHoc, "team", List.of(Map.of("auditorId", leadId, "lead", false)))), 422,
                "AU3");
        check("unknown auditor", post(path, with(adHoc, "team", List.of(Map.of("auditorId", "nope", "lead",
                true)))), 400, "team[0].auditorId");
        check("wrong media type", http.post(path).auth(dinas()).body("text/plain", "x"), 415, null);
        check("unknown audit", http.get(path + "/00000000-0000-4000-8000-000000000000").auth(dinas()), 404, null);
        check("bad year", http.get(path + "?year=1900").auth(dinas()), 400, null);
        check("bad status", http.get(path + "?status=SELESAI").auth(dinas()), 400, null);

        String audit = path + "/" + api.adHocAudit("DINKES", leadId, "2027-01-01", "2027-02-01").get("id")
                .asString();
        check("empty team", post(audit + "/team", Map.of("members", List.of())), 400, "members");
        check("cancel without reason", post(audit + "/cancel", Map.of()), 400, "reason");
        check("report before start", http.post(audit + "/report").auth(dinas()), 409, null);
        check("stale If-Match", http.post(audit + "/start").auth(auditor(lead)).header("If-Match", "\"42\""), 412,
                null);
        assertThat(wrong).isEmpty();
    }

    @Test
    void findingsRefuseBadInputClearly() {
        String lead = AuditApi.login("budi");
        String leadId = api.internalAuditor(lead, "DISKOMINFO");
        String audit = "/api/v1/audits/" + api.adHocAudit("DINKES", leadId, "2027-01-01", "2027-02-01").get("id")
                .asString();
        Map<String, Object> finding = Map.of("title", "t", "severity", "LOW", "criterion", "c", "condition", "k",
                "cause", "s", "effect", "a", "recommendation", "r", "ownerOpd", "DINKES", "dueDate", "2027-06-01");
        check("finding before the audit started", post(audit + "/findings", finding), 409, null);
        api.step(audit + "/start", auditor(lead), null);
        check("malformed", post(audit + "/findings", "[1,"), 400, null);
        check("missing severity", post(audit + "/findings", with(finding, "severity", null)), 400, "severity");
        check("unknown severity", post(audit + "/findings", with(finding, "severity", "FATAL")), 400, "severity");
        check("bad due date", post(audit + "/findings", with(finding, "dueDate", "2027-13-01")), 400, "dueDate");
        check("blank criterion", post(audit + "/findings", with(finding, "criterion", "")), 400, "criterion");
        check("unknown owner OPD", post(audit + "/findings", with(finding, "ownerOpd", "ATLANTIS")), 422, "G1");
        check("wrong media type", http.post(audit + "/findings").auth(dinas()).body("text/plain", "x"), 415, null);
        check("unknown audit", post("/api/v1/audits/00000000-0000-4000-8000-000000000000/findings", finding), 404,
                null);
        check("unknown finding", http.get(audit + "/findings/00000000-0000-4000-8000-000000000000").auth(dinas()),
                404, null);
        check("bad list filter", http.get("/api/v1/audits/findings?severity=FATAL").auth(dinas()), 400, null);
        String findingsCsv = "/api/v1/audits/findings/export.csv";
        checkParameter("export: unknown severity", http.get(findingsCsv + "?severity=FATAL"), "severity");
        checkParameter("export: unknown status", http.get(findingsCsv + "?status=HILANG"), "status");
        checkParameter("export: open not a boolean", http.get(findingsCsv + "?open=mungkin"), "open");
        check("export: bad owner OPD", http.get(findingsCsv + "?ownerOpd=dinkes").auth(dinas()), 400, "ownerOpd");
        check("export: unknown sort", http.get(findingsCsv + "?sort=password").auth(dinas()), 400, "sort");
        String auditsCsv = "/api/v1/audits/export.csv";
        checkParameter("audit export: unknown status", http.get(auditsCsv + "?status=HILANG"), "status");
        checkParameter("audit export: unknown kind", http.get(auditsCsv + "?kind=GAIB"), "kind");
        checkParameter("audit export: year not a number", http.get(auditsCsv + "?year=tahun"), "year");
        check("audit export: year out of range", http.get(auditsCsv + "?year=1999").auth(dinas()), 400, "year");
        check("audit export: bad opd", http.get(auditsCsv + "?opd=dinkes").auth(dinas()), 400, "opd");
        check("audit export: unknown sort", http.get(auditsCsv + "?sort=password").auth(dinas()), 400, "sort");
        String created = audit + "/findings/" + post(audit + "/findings", finding).send().json().get("id")
                .asString();
        check("accept risk without reason", post(created + "/accept-risk", Map.of()), 400, "reason");
        check("verify before resolved", http.post(created + "/verify").auth(dinas()), 409, null);
        check("stale If-Match", http.post(created + "/confirm").auth(dinas()).header("If-Match", "\"42\""), 412,
                null);
        assertThat(wrong).isEmpty();
    }

    @Test
    void au4Au5Au6ThePlanRefusesBadInputClearly() {
        String plan = "/api/v1/audit-plan";
        for (String path : List.of(plan + "?year=2028&", plan + "/overdue?", plan + "/objects?",
                plan + "/export.csv?year=2028&")) {
            checkParameter("unknown objectKind " + path, http.get(path + "objectKind=SERVER"), "objectKind");
            if (!path.contains("/objects")) {
                checkParameter("unknown kind " + path, http.get(path + "kind=GAIB"), "kind");
            }
            check("unknown opd " + path, http.get(path + "opd=ATLANTIS").auth(dinas()), 422, "G1");
            check("another OPD " + path, http.get(path + "opd=DISKOMINFO").auth(operator("DINKES")), 403, null);
        }
        checkParameter("missing year", http.get(plan), "year");
        check("year out of range", http.get(plan + "?year=1999").auth(dinas()), 400, "year");
        checkParameter("year not a number", http.get(plan + "/export.csv?year=tahun"), "year");
        check("page too large", http.get(plan + "/objects?size=500").auth(dinas()), 400, "size");
        check("unknown sort", http.get(plan + "/objects?sort=secret").auth(dinas()), 400, "sort");
        check("unknown plan sort", http.get(plan + "?year=2028&sort=secret").auth(dinas()), 400, "sort");
        checkParameter("active not a boolean", http.get(plan + "/objects?active=kadang"), "active");
        check("calendar too long", http.get(plan + "/calendar?fromYear=2027&toYear=2040").auth(dinas()), 400,
                "toYear");
        check("unknown item", http.get(plan + "/items/lan:ATLANTIS:INFRASTRUKTUR").auth(dinas()), 404, null);
        check("unknown item history", http.get(plan + "/items/nope/history").auth(dinas()), 404, null);
        assertThat(wrong).isEmpty();
    }

    @Test
    void au2EvidenceRequestsRefuseBadInputClearly() {
        String leadId = api.internalAuditor(AuditApi.login("budi"), "DISKOMINFO");
        String audit = "/api/v1/audits/" + api.adHocAudit("DINKES", leadId, "2027-01-01", "2027-02-01").get("id")
                .asString();
        String path = audit + "/evidence-requests";
        Map<String, Object> ask = Map.of("title", "SOP", "purpose", "Uji tata kelola", "dueDate", "2030-01-01");
        check("malformed", post(path, "{\"title\":"), 400, null);
        check("missing title", post(path, with(ask, "title", null)), 400, "title");
        check("blank purpose", post(path, with(ask, "purpose", " ")), 400, "purpose");
        check("bad due date", post(path, with(ask, "dueDate", "besok")), 400, "dueDate");
        check("due date in the past", post(path, with(ask, "dueDate", "2020-01-01")), 422, "AU2");
        check("wrong media type", http.post(path).auth(dinas()).body("text/plain", "x"), 415, null);
        check("unknown audit", post("/api/v1/audits/00000000-0000-4000-8000-000000000000/evidence-requests", ask),
                404, null);
        check("unknown request", http.get(path + "/00000000-0000-4000-8000-000000000000").auth(dinas()), 404, null);
        check("unknown status", http.get(path + "?status=MAYBE").auth(dinas()), 400, null);
        check("overdue not a boolean", http.get(path + "?overdue=kadang").auth(dinas()), 400, null);
        check("page too large", http.get(path + "?size=500").auth(dinas()), 400, "size");
        check("unknown sort", http.get(path + "?sort=secret").auth(dinas()), 400, "sort");
        String created = path + "/" + post(path, ask).send().json().get("id").asString();
        String opd = operator("DINKES");
        check("no documents", http.post(created + "/provide").auth(opd).json(Map.of("documentIds", List.of())), 400,
                "documentIds");
        check("document id not an id", http.post(created + "/provide").auth(opd).json(Map.of("documentIds",
                List.of("../../etc/passwd"))), 400, "documentIds");
        check("document id a UUID, not a platform document id", http.post(created + "/provide").auth(opd)
                .json(Map.of("documentIds", List.of(java.util.UUID.randomUUID().toString()))), 400, "documentIds");
        check("documents not a list", http.post(created + "/provide").auth(opd).json(Map.of("documentIds", 7)), 400,
                "documentIds");
        check("accept before provided", http.post(created + "/accept").auth(dinas()), 409, null);
        check("stale If-Match", http.post(created + "/provide").auth(opd).header("If-Match", "\"42\"")
                .json(Map.of("documentIds", List.of(new org.bson.types.ObjectId().toHexString()))), 412, null);
        check("ask again without reason", post(created + "/ask-again", Map.of("dueDate", "2030-01-01")), 400,
                "reason");
        check("ask again without due date", post(created + "/ask-again", Map.of("reason", "r")), 400, "dueDate");
        String files = created + "/files";
        check("upload as JSON", http.post(files).auth(opd).json(Map.of("file", "x")), 415, null);
        check("upload without a file", http.post(files).auth(opd).body("multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nSOP\r\n--b--\r\n"), 400, "file");
        check("upload with an empty file", http.post(files).auth(opd).body("multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n\r\n--b--\r\n"), 400, "file");
        check("malformed multipart", http.post(files).auth(opd).body("multipart/form-data; boundary=b",
                "bukan multipart"), 400, null);
        check("multipart without boundary", http.post(files).auth(opd).body("multipart/form-data", "x"), 400, null);
        check("download of an unknown file", http.get(created + "/files/0123456789abcdef01234567").auth(dinas()),
                404, null);
        check("download with a bad id", http.get(created + "/files/nope").auth(dinas()), 404, null);
        check("report of an unknown audit",
                http.get("/api/v1/audits/00000000-0000-4000-8000-000000000000/report.pdf").auth(dinas()), 404, null);
        check("report of an audit not yet reported", http.get(audit + "/report.pdf").auth(dinas()), 409, null);
        assertThat(wrong).isEmpty();
    }

    @Test
    void evidenceFromOtherServicesRefusesBadInputClearly() {
        String lead = AuditApi.login("sari");
        String team = auditor(lead);
        String audit = "/api/v1/audits/" + api.adHocAudit("DINKES", api.internalAuditor(lead, "DISKOMINFO"),
                "2027-01-01", "2027-02-01").get("id").asString();
        String live = audit + "/service-evidence/";
        String pulled = audit + "/pulled-evidence";
        checkParameter("unknown source", http.get(live + "GAIB"), "source");
        check("from after to", http.get(live + "UPTIME?from=2026-06-01&to=2026-01-01").auth(team), 400, "from");
        check("period over five years", http.get(live + "UPTIME?from=2020-01-01&to=2026-01-01").auth(team), 400,
                "to");
        checkParameter("malformed date", http.get(live + "UPTIME?from=2026-13-01"), "from");
        check("unknown audit", http.get("/api/v1/audits/00000000-0000-4000-8000-000000000000/service-evidence/"
                + "UPTIME").auth(team), 404, null);
        check("malformed pull", http.post(pulled).auth(team).json("{\"source\":"), 400, null);
        check("pull without source", http.post(pulled).auth(team).json(Map.of("from", "2026-01-01")), 400,
                "source");
        check("pull of an unknown source", http.post(pulled).auth(team).json(Map.of("source", "GAIB")), 400,
                "source");
        check("pull with a bad date", http.post(pulled).auth(team).json(Map.of("source", "CHANGES", "from",
                "kemarin")), 400, "from");
        check("pull with from after to", http.post(pulled).auth(team).json(Map.of("source", "CHANGES", "from",
                "2026-06-01", "to", "2026-01-01")), 400, "from");
        check("pull as text", http.post(pulled).auth(team).body("text/plain", "x"), 415, null);
        check("unknown record", http.get(pulled + "/00000000-0000-4000-8000-000000000000").auth(team), 404, null);
        checkParameter("unknown source filter", http.get(pulled + "?source=GAIB"), "source");
        check("page too large", http.get(pulled + "?size=500").auth(team), 400, "size");
        check("unknown sort", http.get(pulled + "?sort=evidence").auth(team), 400, "sort");
        assertThat(wrong).isEmpty();
    }

    @Test
    void workpapersRefuseBadInputClearly() {
        String lead = AuditApi.login("budi");
        String team = auditor(lead);
        String audit = "/api/v1/audits/" + api.adHocAudit("DINKES", api.internalAuditor(lead, "DISKOMINFO"),
                "2027-01-01", "2027-02-01").get("id").asString();
        String path = audit + "/workpapers";
        Map<String, Object> paper = Map.of("title", "Uji pencadangan", "scopeArea", "PERFORMANCE", "notes", "n");
        check("malformed", http.post(path).auth(team).json("{\"title\":"), 400, null);
        check("missing title", http.post(path).auth(team).json(with(paper, "title", null)), 400, "title");
        check("blank title", http.post(path).auth(team).json(with(paper, "title", " ")), 400, "title");
        check("title too long", http.post(path).auth(team).json(with(paper, "title", "x".repeat(301))), 400,
                "title");
        check("missing scope item", http.post(path).auth(team).json(with(paper, "scopeArea", null)), 400,
                "scopeArea");
        check("unknown scope item", http.post(path).auth(team).json(with(paper, "scopeArea", "GAIB")), 400,
                "scopeArea");
        check("notes too long", http.post(path).auth(team).json(with(paper, "notes", "x".repeat(20001))), 400,
                "notes");
        check("scope item outside the audit", http.post(path).auth(team).json(with(paper, "scopeArea",
                "FUNCTIONALITY")), 422, "AU2");
        check("wrong media type", http.post(path).auth(team).body("text/plain", "x"), 415, null);
        check("unknown audit", http.post("/api/v1/audits/00000000-0000-4000-8000-000000000000/workpapers")
                .auth(team).json(paper), 404, null);
        check("unknown workpaper", http.get(path + "/00000000-0000-4000-8000-000000000000").auth(team), 404, null);
        checkParameter("unknown scope filter", http.get(path + "?scopeArea=GAIB"), "scopeArea");
        check("page too large", http.get(path + "?size=500").auth(team), 400, "size");
        check("unknown sort", http.get(path + "?sort=notes").auth(team), 400, "sort");
        String one = path + "/" + http.post(path).auth(team).json(paper).send().json().get("id").asString();
        check("stale If-Match", http.put(one).auth(team).header("If-Match", "\"42\"").json(paper), 412, null);
        check("revise without title", http.put(one).auth(team).json(with(paper, "title", null)), 400, "title");
        check("upload as JSON", http.post(one + "/files").auth(team).json(Map.of("file", "x")), 415, null);
        check("upload without a file", http.post(one + "/files").auth(team).body("multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--b--\r\n"), 400, "file");
        check("download of an unknown file", http.get(one + "/files/0123456789abcdef01234567").auth(team), 404,
                null);
        assertThat(wrong).isEmpty();
    }

    @Test
    void au9CertificatesRefuseBadInputClearly() {
        Map<String, Object> typed = Map.of("holder", "dr. Sari", "opdCode", "DINKES", "issuer", "CN=BSrE,O=BSSN,C=ID",
                "serialNumber", java.util.UUID.randomUUID().toString().substring(0, 8), "notBefore",
                "2026-01-01T00:00:00Z", "notAfter", "2028-01-01T00:00:00Z", "keyUsage", List.of("DIGITAL_SIGNATURE"));
        String path = "/api/v1/certificates";
        check("malformed", post(path, "{\"holder\":"), 400, null);
        check("missing holder", post(path, with(typed, "holder", null)), 400, "holder");
        check("bad opdCode", post(path, with(typed, "opdCode", "dinkes")), 400, "opdCode");
        check("serial not hexadecimal", post(path, with(typed, "serialNumber", "XYZ-1")), 400, "serialNumber");
        check("blank issuer", post(path, with(typed, "issuer", " ")), 400, "issuer");
        check("bad date", post(path, with(typed, "notAfter", "besok")), 400, "notAfter");
        check("ends before it starts", post(path, with(typed, "notAfter", "2025-01-01T00:00:00Z")), 400,
                "notAfter");
        check("unknown key usage", post(path, with(typed, "keyUsage", List.of("MAGIC"))), 400, "keyUsage");
        check("unknown OPD", post(path, with(typed, "opdCode", "ATLANTIS")), 422, "G1");
        check("wrong media type", http.post(path).auth(dinas()).body("text/plain", "x"), 415, null);
        // The platform names a missing query parameter in the detail ('opd').
        check("import without opd", http.post(path + "/import").auth(dinas()).body("application/x-pem-file", "x"),
                400, null);
        assertThat(http.post(path + "/import").auth(dinas()).body("application/x-pem-file", "x").send().text())
                .contains("'opd'");
        check("import of no certificate", http.post(path + "/import?opd=DINKES").auth(dinas())
                .body("application/x-pem-file", "bukan sertifikat"), 400, "file");
        check("import as text", http.post(path + "/import?opd=DINKES").auth(dinas()).body("text/plain", "x"), 415,
                null);
        check("unknown id", http.get(path + "/nope").auth(dinas()), 404, null);
        check("page too large", http.get(path + "?size=500").auth(dinas()), 400, "size");
        check("unknown sort", http.get(path + "?sort=secret").auth(dinas()), 400, "sort");
        check("unknown status", http.get(path + "?status=ALMOST").auth(dinas()), 400, null);
        String id = api.created(path, typed);
        check("duplicate", post(path, typed), 409, null);
        check("stale If-Match", http.put(path + "/" + id).auth(dinas()).header("If-Match", "\"42\"").json(typed),
                412, null);
        assertThat(wrong).isEmpty();
    }
}
