package id.go.spbe.audit.support;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Callers and the usual requests of audit-service's API for integration tests. */
public final class AuditApi {

    public static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();

    private final TestHttp http;

    public AuditApi(int port) {
        this.http = TestHttp.onPort(port);
    }

    public TestHttp http() {
        return http;
    }

    public static String dinas() {
        return ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
    }

    public static String coordinator() {
        return ISSUER.user("ketua.tim").roles("COORDINATOR").bearer();
    }

    public static String operator(String opd) {
        return ISSUER.user("operator." + opd.toLowerCase()).opd(opd).roles("OPD_OPERATOR").bearer();
    }

    public static String auditor(String username) {
        return ISSUER.user(username).roles("AUDITOR").bearer();
    }

    public static String evaluator() {
        return ISSUER.user("penilai").roles("EVALUATOR").bearer();
    }

    /** A unique login, so tests sharing one database never see each other's assignments. */
    public static String login(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    public String internalAuditor(String username, String homeOpd) {
        return created("/api/v1/auditors", Map.of("type", "INTERNAL", "name", "Auditor " + username, "username",
                username, "homeOpd", homeOpd, "decree", Map.of("number", "800/12/KEP/2026", "date", "2026-01-15")));
    }

    public String externalAuditor(String username, String expiresOn) {
        return created("/api/v1/auditors", Map.of("type", "EXTERNAL_AUDITOR", "name", "Auditor " + username,
                "username", username, "certificate", Map.of("number", "CISA-" + username, "issuer", "ISACA",
                        "expiresOn", expiresOn)));
    }

    /** An ad hoc audit of {@code opd} with one lead; returns the audit. */
    public JsonNode adHocAudit(String opd, String leadAuditorId, String plannedStart, String plannedEnd) {
        TestHttp.Reply reply = http.post("/api/v1/audits").auth(dinas()).json(Map.of("kind", "KEAMANAN",
                "auditedOpd", opd, "title", "Audit keamanan " + opd, "plannedStart", plannedStart, "plannedEnd",
                plannedEnd, "scope", List.of("GOVERNANCE_AND_MANAGEMENT", "PERFORMANCE"), "team",
                List.of(Map.of("auditorId", leadAuditorId, "lead", true)))).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    /** Runs one POST step with the current ETag and expects 200. */
    public JsonNode step(String path, String token, Object body) {
        TestHttp.Reply current = http.get(path.substring(0, path.lastIndexOf('/'))).auth(dinas()).send();
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        TestHttp.Call call = http.post(path).auth(token).header("If-Match", current.header("ETag"));
        if (body != null) {
            call.json(body);
        }
        TestHttp.Reply reply = call.send();
        assertThat(reply.status()).as(path + ": " + reply).isEqualTo(200);
        return reply.json();
    }

    public String created(String path, Object body) {
        TestHttp.Reply reply = http.post(path).auth(dinas()).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }
}
