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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static id.go.spbe.audit.support.AuditApi.auditor;
import static id.go.spbe.audit.support.AuditApi.dinas;
import static id.go.spbe.audit.support.AuditApi.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The findings list and the audit list as CSV (issue 12, the checklist's "long lists export to CSV"): the lists'
 * scope (an OPD exports only what it owns — SEC1), filters and sort, one row per item with the list's columns, and a
 * title typed as a formula neutralised so a spreadsheet shows it as text.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class ListExportIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    AuditApi api;
    TestHttp http;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        for (String opd : List.of("DINKES", "DISDIK", "DISKOMINFO")) {
            AuditEvents.opdRegistered(opd);
        }
    }

    @BeforeEach
    void setUp() {
        api = new AuditApi(port);
        http = api.http();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISDIK", org.bson.Document.class,
                "opd_references") != null);
    }

    static List<String> lines(TestHttp.Reply reply) {
        return Arrays.asList(reply.text().replace("\uFEFF", "").split("\r\n"));
    }

    /** An audit of {@code opd} in progress, led by {@code lead}, with one finding owned by {@code opd}. */
    String[] auditWithFinding(String lead, String opd, String findingTitle) {
        String leadId = api.internalAuditor(lead, "DISKOMINFO");
        String auditId = api.adHocAudit(opd, leadId, "2027-03-01", "2027-04-01").get("id").asString();
        String audit = "/api/v1/audits/" + auditId;
        api.step(audit + "/start", auditor(lead), null);
        TestHttp.Reply finding = http.post(audit + "/findings").auth(auditor(lead)).json(Map.of("title", findingTitle,
                "severity", "HIGH", "criterion", "c", "condition", "k", "cause", "s", "effect", "a",
                "recommendation", "Tetapkan kebijakan, lalu uji", "ownerOpd", opd, "dueDate", "2027-06-01")).send();
        assertThat(finding.status()).as(finding.toString()).isEqualTo(201);
        return new String[] {auditId, finding.json().get("id").asString()};
    }

    @Test
    void findingsExportAsCsvWithTheListsScopeAndFilters_formulasNeutralised_AU7_SEC1() {
        String lead = AuditApi.login("csv");
        String[] mine = auditWithFinding(lead, "DINKES", "=HYPERLINK(\"http://contoh.test\",\"klik\")");
        String[] other = auditWithFinding(AuditApi.login("csv"), "DISDIK", "Cadangan data tidak diuji");

        TestHttp.Reply reply = http.get("/api/v1/audits/findings/export.csv?severity=HIGH&sort=openedAt,desc")
                .auth(operator("DINKES")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).contains("attachment").contains("temuan-audit.csv");
        List<String> lines = lines(reply);
        assertThat(lines.get(0)).isEqualTo("id,audit_id,jenis_audit,judul,tingkat,opd_pemilik,batas_waktu,status,"
                + "terlambat,rekomendasi,dibuka_oleh,dibuka,diperbarui");
        String row = lines.stream().filter(l -> l.startsWith(mine[1])).findFirst().orElseThrow();
        // the formula is quoted and prefixed with an apostrophe; a comma in a cell is quoted
        assertThat(row).startsWith(mine[1] + "," + mine[0] + ",KEAMANAN,\"'=HYPERLINK(\"\"http://contoh.test\"\","
                + "\"\"klik\"\")\",HIGH,DINKES,2027-06-01,IDENTIFIED,tidak,\"Tetapkan kebijakan, lalu uji\"," + lead
                + ",");
        // an OPD exports the findings it owns only; the header counts what matched
        assertThat(reply.text()).doesNotContain(other[1]);
        assertThat(Long.parseLong(reply.header("X-Total-Count"))).isEqualTo(lines.size() - 1);

        TestHttp.Reply byOwner = http.get("/api/v1/audits/findings/export.csv?ownerOpd=DISDIK").auth(dinas()).send();
        assertThat(byOwner.text()).contains(other[1]).doesNotContain(mine[1]);
        TestHttp.Reply team = http.get("/api/v1/audits/findings/export.csv").auth(auditor(lead)).send();
        assertThat(lines(team)).hasSize(2).anyMatch(l -> l.startsWith(mine[1]));
        TestHttp.Reply resolved = http.get("/api/v1/audits/findings/export.csv?status=RESOLVED&ownerOpd=DINKES")
                .auth(dinas()).send();
        assertThat(resolved.text()).doesNotContain(mine[1]);
        assertThat(http.get("/api/v1/audits/findings/export.csv?ownerOpd=DINKES").auth(operator("DISDIK")).send()
                .status()).isEqualTo(403);
    }

    @Test
    void auditsExportAsCsvWithScopeTeamAndTheListsScope_AU2_AU3_SEC1() {
        String lead = AuditApi.login("csv");
        String[] mine = auditWithFinding(lead, "DINKES", "Temuan");
        String[] other = auditWithFinding(AuditApi.login("csv"), "DISDIK", "Temuan");

        TestHttp.Reply reply = http.get("/api/v1/audits/export.csv?year=2027&status=IN_PROGRESS&sort=createdAt,desc")
                .auth(operator("DINKES")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).contains("penugasan-audit.csv");
        List<String> lines = lines(reply);
        assertThat(lines.get(0)).isEqualTo("id,jenis_audit,judul,opd_diaudit,objek_id,objek,mulai_rencana,"
                + "selesai_rencana,ruang_lingkup,ketua_tim,anggota_tim,status,dimulai,selesai,dibuat");
        String row = lines.stream().filter(l -> l.startsWith(mine[0])).findFirst().orElseThrow();
        assertThat(row).startsWith(mine[0] + ",KEAMANAN,Audit keamanan DINKES,DINKES,,,2027-03-01,2027-04-01,"
                + "GOVERNANCE_AND_MANAGEMENT PERFORMANCE,Auditor " + lead + ",,IN_PROGRESS,");
        assertThat(reply.text()).doesNotContain(other[0]);
        assertThat(Long.parseLong(reply.header("X-Total-Count"))).isEqualTo(lines.size() - 1);

        assertThat(http.get("/api/v1/audits/export.csv?opd=DISDIK").auth(dinas()).send().text())
                .contains(other[0]).doesNotContain(mine[0]);
        assertThat(lines(http.get("/api/v1/audits/export.csv").auth(auditor(lead)).send())).hasSize(2);
        assertThat(http.get("/api/v1/audits/export.csv?status=COMPLETED&opd=DINKES").auth(dinas()).send().text())
                .doesNotContain(mine[0]);
        assertThat(http.get("/api/v1/audits/export.csv?opd=DINKES").auth(operator("DISDIK")).send().status())
                .isEqualTo(403);
    }
}
