package id.go.spbe.audit.report;

import id.go.spbe.audit.support.AuditApi;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.platform.test.http.FormUpload;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.go.spbe.audit.support.AuditApi.auditor;
import static id.go.spbe.audit.support.AuditApi.coordinator;
import static id.go.spbe.audit.support.AuditApi.dinas;
import static id.go.spbe.audit.support.AuditApi.evaluator;
import static id.go.spbe.audit.support.AuditApi.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engagement report (AU7, RL p47(8)) through HTTP: a PDF in Bahasa Indonesia addressed to the body the Rejang
 * Lebong profile names (Tim Koordinasi SPBE), with the audited object, scope (AU2), team, dates and the findings
 * (severity, criterion, condition, cause, effect, recommendation, owner OPD, due date, follow-up status), the lead
 * auditor on the signature page. Read by the audit's team, Dinas, coordinators and — once COMPLETED — the audited OPD;
 * another OPD or auditor gets 404. Its frozen content keeps its SHA-256 while the follow-up moves on.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class AuditReportIntegrationTest {

    /** An OPD of this test only, so its directory name is not renamed by another test's event. */
    private static final String OPD = "RSUD_CURUP";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    AuditApi api;
    TestHttp http;
    FormUpload raw;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        AuditEvents.opdRegistered(OPD, "RSUD Curup", false);
        AuditEvents.opdRegistered("DISKOMINFO");
        AuditEvents.opdRegistered("DISDIK");
    }

    @BeforeEach
    void clients() {
        api = new AuditApi(port);
        http = api.http();
        raw = new FormUpload(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            org.bson.Document opd = mongo.findById(OPD, org.bson.Document.class, "opd_references");
            return opd != null && "RSUD Curup".equals(opd.getString("name"))
                    && mongo.findById("DISKOMINFO", org.bson.Document.class, "opd_references") != null;
        });
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    record Audit(String path, String lead, String member) {
    }

    /** An application audit of the test OPD, started, with two findings, one of them confirmed. */
    Audit auditWithFindings() {
        String lead = AuditApi.login("ketua");
        String member = AuditApi.login("anggota");
        String leadId = api.internalAuditor(lead, "DISKOMINFO");
        String memberId = api.externalAuditor(member, "2030-12-31");
        String id = api.created("/api/v1/audits", Map.of("kind", "APLIKASI", "objectId", "app-simrs",
                "objectName", "SIMRS Curup", "auditedOpd", OPD, "title", "Audit Aplikasi SIMRS 2026",
                "plannedStart", "2026-12-01", "plannedEnd", "2027-01-31",
                "scope", List.of("GOVERNANCE_AND_MANAGEMENT", "FUNCTIONALITY", "OTHER"),
                "otherScope", "Integrasi BPJS", "team", List.of(Map.of("auditorId", leadId, "lead", true),
                        Map.of("auditorId", memberId, "lead", false))));
        String path = "/api/v1/audits/" + id;
        api.step(path + "/start", auditor(lead), null);
        String high = finding(path, lead, "Cadangan basis data tidak diuji", "HIGH", "2027-03-31");
        finding(path, member, "Manual pengguna usang", "LOW", "2027-06-30");
        api.step(path + "/findings/" + high + "/confirm", operator(OPD), Map.of("note", "Disepakati"));
        return new Audit(path, lead, member);
    }

    String finding(String path, String auditor, String title, String severity, String dueDate) {
        TestHttp.Reply reply = http.post(path + "/findings").auth(auditor(auditor)).json(Map.of("title", title,
                "severity", severity, "criterion", "Kriteria " + title, "condition", "Kondisi " + title,
                "cause", "Penyebab " + title, "effect", "Akibat " + title, "recommendation", "Rekomendasi " + title,
                "ownerOpd", OPD, "dueDate", dueDate)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    @Test
    void theCompletedReportIsAddressedToTimKoordinasiAndListsTheFindingsWithTheirFollowUp_AU7() throws IOException {
        Audit audit = auditWithFindings();
        api.step(audit.path() + "/report", auditor(audit.lead()), null);
        api.step(audit.path() + "/complete", auditor(audit.lead()), null);

        for (String reader : List.of(dinas(), coordinator(), auditor(audit.lead()), auditor(audit.member()),
                operator(OPD))) {
            TestHttp.Reply reply = raw.get(audit.path() + "/report.pdf", reader);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(reply.header("Cache-Control")).contains("no-store");
            assertThat(reply.header("Content-Disposition")).startsWith("attachment")
                    .contains("laporan-audit-aplikasi-rsud_curup");
            String text = text(reply.bytes());
            assertThat(text).contains("Laporan Hasil Audit Aplikasi SPBE").doesNotContain("KONSEP")
                    .contains("Kepada Yth. Tim Koordinasi SPBE Kabupaten Rejang Lebong")
                    .contains("SIMRS Curup (app-simrs)").contains("RSUD Curup (RSUD_CURUP)")
                    .contains("1 Desember 2026 s.d. 31 Januari 2027")
                    .contains("Ruang Lingkup Audit").contains("Tata kelola dan manajemen").contains("Fungsionalitas")
                    .contains("Aspek lainnya: Integrasi BPJS")
                    .contains("Tim Audit").contains("Auditor " + audit.lead()).contains("Ketua tim")
                    .contains("Auditor " + audit.member()).contains("Auditor eksternal bersertifikat")
                    .contains("Ringkasan Temuan").contains("Rincian Temuan")
                    .contains("Cadangan basis data tidak diuji").contains("Tinggi")
                    .contains("Kriteria Cadangan basis data tidak diuji")
                    .contains("Kondisi Cadangan basis data tidak diuji")
                    .contains("Penyebab Cadangan basis data tidak diuji")
                    .contains("Akibat Cadangan basis data tidak diuji")
                    .contains("Rekomendasi Cadangan basis data tidak diuji")
                    .contains("31 Maret 2027").contains("Dikonfirmasi — Disepakati")
                    .contains("Manual pengguna usang").contains("Rendah").contains("Teridentifikasi")
                    .contains("Lembar Pengesahan").contains("Ketua Tim Audit")
                    .contains("belum dikonfigurasi");
            assertThat(text.indexOf("Cadangan basis data tidak diuji"))
                    .as("the most severe finding comes first").isLessThan(text.indexOf("Manual pengguna usang"));
        }
    }

    @Test
    void theFrozenContentKeepsItsFingerprintWhileTheFollowUpColumnMovesOn_AU7() throws IOException {
        Audit audit = auditWithFindings();
        api.step(audit.path() + "/report", auditor(audit.lead()), null);
        api.step(audit.path() + "/complete", dinas(), null);
        String before = text(raw.get(audit.path() + "/report.pdf", dinas()).bytes());
        String high = http.get(audit.path() + "/findings?sort=details.severity,desc").auth(dinas()).send().json()
                .get("items").valueStream().filter(f -> f.get("severity").asString().equals("HIGH")).findFirst()
                .orElseThrow().get("id").asString();
        api.step(audit.path() + "/findings/" + high + "/start-remediation", operator(OPD),
                Map.of("note", "Uji pemulihan dijadwalkan"));
        String after = text(raw.get(audit.path() + "/report.pdf", operator(OPD)).bytes());

        assertThat(fingerprint(after)).isEqualTo(fingerprint(before)).hasSize(64);
        assertThat(before).contains("Dikonfirmasi — Disepakati");
        assertThat(after).contains("Dalam perbaikan — Uji pemulihan dijadwalkan");
    }

    @Test
    void aReportingAuditGivesTheTeamADraftAndTheOpdWaitsForCompletion_AU7() throws IOException {
        Audit audit = auditWithFindings();
        String pdf = audit.path() + "/report.pdf";
        TestHttp.Reply tooEarly = raw.get(pdf, dinas());
        assertThat(tooEarly.status()).as("IN_PROGRESS: nothing to report yet").isEqualTo(409);
        assertThat(tooEarly.header("Content-Type")).startsWith("application/problem+json");

        api.step(audit.path() + "/report", auditor(audit.lead()), null);
        TestHttp.Reply draft = raw.get(pdf, auditor(audit.member()));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(text(draft.bytes())).contains("KONSEP").contains("Laporan Hasil Audit Aplikasi SPBE (KONSEP)");
        assertThat(draft.header("Content-Disposition")).contains("-konsep.pdf");
        assertThat(raw.get(pdf, operator(OPD)).status()).as("the OPD receives the final report").isEqualTo(409);
    }

    @Test
    void onlyThoseWhoMaySeeTheAuditReadItsReport_AU7_SEC1() {
        Audit audit = auditWithFindings();
        api.step(audit.path() + "/report", auditor(audit.lead()), null);
        api.step(audit.path() + "/complete", dinas(), null);
        String pdf = audit.path() + "/report.pdf";
        assertThat(raw.get(pdf, operator("DISDIK")).status()).as("another OPD").isEqualTo(404);
        assertThat(raw.get(pdf, auditor(AuditApi.login("lain"))).status()).as("an auditor not on the team")
                .isEqualTo(404);
        assertThat(raw.get(pdf, evaluator()).status()).isEqualTo(403);
        assertThat(raw.get(pdf, null).status()).isEqualTo(401);
        assertThat(raw.get("/api/v1/audits/00000000-0000-0000-0000-000000000000/report.pdf", dinas()).status())
                .isEqualTo(404);
    }

    /**
     * Who receives the report (AU7): Dinas reports the results to Tim Koordinasi SPBE (RL p47(8); BT p43(2): to the
     * Wali Kota through its chair), so the whole report is for the region-wide roles and the audit team. The audited
     * OPD's copy shows the findings it owns and only counts the others: another OPD's finding is that OPD's data
     * (SEC1) — neither its text nor its owner appears in the copy, nor in the OPD's JSON views of the audit.
     */
    @Test
    void anOpdsCopyShowsItsOwnFindingsAndOnlyCountsAnotherOpds_AU7_SEC1() throws IOException {
        Audit audit = auditWithFindings();
        TestHttp.Reply other = http.post(audit.path() + "/findings").auth(auditor(audit.lead())).json(Map.of(
                "title", "Firewall pusat data tanpa pembaruan", "severity", "CRITICAL",
                "criterion", "Kriteria firewall", "condition", "Kondisi firewall usang",
                "cause", "Penyebab kontrak habis", "effect", "Akibat celah terbuka",
                "recommendation", "Rekomendasi perbarui firmware", "ownerOpd", "DISKOMINFO",
                "dueDate", "2027-02-28")).send();
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        String otherId = other.json().get("id").asString();
        api.step(audit.path() + "/report", auditor(audit.lead()), null);
        api.step(audit.path() + "/complete", auditor(audit.lead()), null);
        String pdf = audit.path() + "/report.pdf";

        String whole = text(raw.get(pdf, coordinator()).bytes());
        assertThat(whole).contains("Firewall pusat data tanpa pembaruan").contains("Kondisi firewall usang")
                .contains("(DISKOMINFO)").contains("Cadangan basis data tidak diuji").doesNotContain("Salinan untuk");
        assertThat(text(raw.get(pdf, auditor(audit.member())).bytes())).as("the team wrote it: the whole report")
                .contains("Firewall pusat data tanpa pembaruan").doesNotContain("Salinan untuk");

        TestHttp.Reply reply = raw.get(pdf, operator(OPD));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String copy = text(reply.bytes());
        assertThat(copy).contains("Kepada Yth. Tim Koordinasi SPBE Kabupaten Rejang Lebong")
                .contains("Salinan untuk RSUD Curup (RSUD_CURUP)")
                .contains("1 temuan lain dalam audit ini menjadi tanggung jawab OPD lain dan tidak dimuat")
                .contains("temuan OPD lain: 1.")
                .contains("Cadangan basis data tidak diuji").contains("Rekomendasi Cadangan basis data tidak diuji")
                .contains("Manual pengguna usang")
                .as("the summary counts its own two: no critical, one high, one low")
                .contains("Lewat batas waktu 2 0 1 0 1 0 0")
                .doesNotContain("Firewall").doesNotContain("firewall")
                .doesNotContain("kontrak habis").doesNotContain("perbarui firmware").doesNotContain("(DISKOMINFO)");
        assertThat(fingerprint(copy)).as("the copy names the whole report it was cut from")
                .isEqualTo(fingerprint(whole));
        assertThat(copy).contains("Sidik jari isi laporan lengkap");

        // The JSON views agree: the audited OPD lists, reads and steps only its own findings.
        var items = http.get(audit.path() + "/findings").auth(operator(OPD)).send().json().get("items");
        assertThat(items.valueStream().map(f -> f.get("title").asString()))
                .containsExactlyInAnyOrder("Cadangan basis data tidak diuji", "Manual pengguna usang");
        assertThat(http.get(audit.path() + "/findings/" + otherId).auth(operator(OPD)).send().status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/audits/findings?ownerOpd=DISKOMINFO").auth(operator(OPD)).send().status()).isEqualTo(403);
        // The owner of that finding follows it up in the findings list, not through another OPD's audit report.
        assertThat(http.get(audit.path() + "/findings/" + otherId).auth(operator("DISKOMINFO")).send().status())
                .isEqualTo(200);
        assertThat(raw.get(pdf, operator("DISKOMINFO")).status()).isEqualTo(404);
    }

    /**
     * The audited OPD's JSON view of the audit says what its PDF copy says (AU7, SEC1): how many findings other OPDs
     * own in the audit — a number, never their text, severity or owner; whoever sees them all gets no count; another
     * OPD does not see the audit at all.
     */
    @Test
    void theOpdsViewOfTheAuditCountsOtherOpdsFindingsWithoutShowingThem_AU7_SEC1() {
        Audit audit = auditWithFindings();
        assertThat(http.get(audit.path()).auth(operator(OPD)).send().json().get("otherOpdFindings").asLong())
                .as("its own two findings are not counted").isZero();
        for (String owner : List.of("DISKOMINFO", "DISDIK")) {
            TestHttp.Reply other = http.post(audit.path() + "/findings").auth(auditor(audit.lead())).json(Map.of(
                    "title", "Rahasia " + owner, "severity", "CRITICAL", "criterion", "Kriteria",
                    "condition", "Kondisi", "cause", "Penyebab", "effect", "Akibat", "recommendation", "Rekomendasi",
                    "ownerOpd", owner, "dueDate", "2027-02-28")).send();
            assertThat(other.status()).as(other.toString()).isEqualTo(201);
        }

        TestHttp.Reply mine = http.get(audit.path()).auth(operator(OPD)).send();
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("otherOpdFindings").asLong()).isEqualTo(2);
        assertThat(mine.toString()).doesNotContain("Rahasia").doesNotContain("DISKOMINFO").doesNotContain("DISDIK");
        for (String insider : List.of(dinas(), coordinator(), auditor(audit.lead()))) {
            TestHttp.Reply whole = http.get(audit.path()).auth(insider).send();
            assertThat(whole.status()).isEqualTo(200);
            assertThat(whole.json().get("otherOpdFindings").isNull()).as("sees every finding: no count").isTrue();
        }
        assertThat(http.get(audit.path()).auth(operator("DISKOMINFO")).send().status())
                .as("a finding owner of another OPD does not see the audited OPD's audit").isEqualTo(404);
        assertThat(http.get("/api/v1/audits").auth(operator(OPD)).send().json().get("items").valueStream()
                .map(a -> a.get("otherOpdFindings")).allMatch(n -> n == null || n.isNull()))
                .as("lists carry no count").isTrue();
    }

    private static String fingerprint(String text) {
        Matcher m = Pattern.compile("SHA-256\\): ([0-9a-f ]{64,80})").matcher(text);
        assertThat(m.find()).as("the fingerprint is printed").isTrue();
        return m.group(1).replace(" ", "").substring(0, 64);
    }
}
