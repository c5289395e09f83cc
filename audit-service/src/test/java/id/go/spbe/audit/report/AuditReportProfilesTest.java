package id.go.spbe.audit.report;

import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.audit.engagement.domain.ScopeArea;
import id.go.spbe.audit.engagement.domain.TeamMember;
import id.go.spbe.audit.finding.domain.Finding;
import id.go.spbe.audit.finding.domain.FindingDetails;
import id.go.spbe.audit.finding.domain.Severity;
import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.platform.documents.TestPki;
import id.go.spbe.platform.documents.TestPki.Identity;
import id.go.spbe.platform.documents.signature.PdfSignatureVerifier;
import id.go.spbe.platform.documents.signature.SignatureCheck;
import id.go.spbe.platform.profile.SpbeEnvironmentPostProcessor;
import id.go.spbe.platform.reports.ReportProperties;
import id.go.spbe.platform.reports.ReportRenderer;
import id.go.spbe.platform.reports.ReportsAutoConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engagement report per shipped profile (AU7): Rejang Lebong addresses it to the Tim Koordinasi SPBE (RL p47(8)),
 * Bitung to the Wali Kota through the chair of the Tim Koordinasi SPBE (BT p43(2)); with the platform's report signer
 * configured the PDF carries a PAdES signature that verifies against the signer's root (SEC3) and its signature page
 * names the lead auditor.
 */
class AuditReportProfilesTest {

    static final Instant NOW = Instant.parse("2027-02-01T02:00:00Z");

    @TempDir
    Path dir;

    ApplicationContextRunner runner(String profile) {
        return new ApplicationContextRunner()
                .withInitializer(context -> {
                    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("profileUnderTest",
                            Map.of("spbe.profile", profile)));
                    new SpbeEnvironmentPostProcessor().postProcessEnvironment(context.getEnvironment(),
                            new SpringApplication());
                })
                .withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC))
                .withConfiguration(AutoConfigurations.of(ReportsAutoConfiguration.class));
    }

    /** A completed application audit with one high finding, led by Sri Wahyuni. */
    static AuditReportView completedAudit(boolean signed) {
        Instant at = Instant.parse("2026-12-01T01:00:00Z");
        Engagement audit = Engagement.schedule(AuditKind.APLIKASI, "app-1", "Sistem Informasi Kepegawaian", "BKPSDM",
                null, "Audit SIMPEG 2026", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31),
                EnumSet.of(ScopeArea.GOVERNANCE_AND_MANAGEMENT, ScopeArea.PERFORMANCE), null, "admin", at);
        audit.assignTeam(List.of(new TeamMember("a-1", "Sri Wahyuni", "sri", "INTERNAL", true),
                new TeamMember("a-2", "Budi Santoso", "budi", "EXTERNAL_AUDITOR", false)), "admin", at);
        audit.start(LocalDate.of(2026, 12, 1), "sri", at);
        Finding finding = Finding.open(audit.id(), "APLIKASI", new FindingDetails("Hak akses tidak ditinjau",
                Severity.HIGH, "Hak akses ditinjau tiap semester", "Belum pernah ditinjau", "Tidak ada SOP",
                "Akses pegawai pindah masih aktif", "Tinjau hak akses tiap semester", "BKPSDM",
                LocalDate.of(2027, 4, 30)), "sri", at);
        audit.startReporting("sri", at);
        audit.complete(LocalDate.of(2027, 1, 29), "sri", at);
        return AuditReports.view(audit, List.of(finding), LocalDate.of(2027, 2, 1),
                code -> code.equals("BKPSDM") ? "Badan Kepegawaian dan Pengembangan SDM" : code, signed);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void rejangLebongAddressesTheReportToTheTimKoordinasiSpbe_AU7() {
        runner("rejang-lebong").run(context -> {
            String addressee = context.getEnvironment().getProperty("spbe.regulation.audit.report-to");
            assertThat(addressee).isEqualTo("Tim Koordinasi SPBE");
            String text = text(context.getBean(ReportRenderer.class)
                    .render(AuditReports.report(completedAudit(false), addressee)));
            assertThat(text).contains("Kepada Yth. Tim Koordinasi SPBE Kabupaten Rejang Lebong")
                    .contains("disampaikan kepada Tim Koordinasi SPBE")
                    .contains("Hak akses tidak ditinjau").contains("Tinggi").contains("30 April 2027")
                    .contains("Badan Kepegawaian dan Pengembangan SDM (BKPSDM)").contains("Teridentifikasi")
                    .contains("Kabupaten Rejang Lebong, 29 Januari 2027").contains("Sri Wahyuni");
        });
    }

    @Test
    void bitungAddressesTheReportToTheWaliKotaThroughTheChairAndTheSignedPdfVerifies_AU7_SEC3() throws Exception {
        Identity root = TestPki.rootCa("Root CA Uji");
        Identity signer = TestPki.signer(TestPki.intermediateCa(root, "CA Uji"), "Penanda Tangan Laporan SPBE");
        Path keystore = keystore(signer);
        runner("bitung").withPropertyValues("spbe.reports.signing.keystore=file:" + keystore,
                "spbe.reports.signing.password=rahasia").run(context -> {
            String addressee = context.getEnvironment().getProperty("spbe.regulation.audit.report-to");
            assertThat(addressee).isEqualTo("Wali Kota melalui Ketua Tim Koordinasi SPBE");
            boolean signed = context.getBean(ReportProperties.class).signing().enabled();
            assertThat(signed).isTrue();
            byte[] pdf = context.getBean(ReportRenderer.class)
                    .render(AuditReports.report(completedAudit(signed), addressee));
            String text = text(pdf);
            assertThat(text).contains("Kepada Yth. Wali Kota melalui Ketua Tim Koordinasi SPBE Kota Bitung")
                    .contains("Laporan Hasil Audit Aplikasi SPBE").contains("Lembar Pengesahan")
                    .contains("Ketua Tim Audit").contains("Ditandatangani secara elektronik (PAdES)")
                    .contains("Sri Wahyuni").contains("Kota Bitung, 29 Januari 2027");
            Path file = Files.write(dir.resolve("laporan-audit.pdf"), pdf);
            SignatureCheck check = new PdfSignatureVerifier(List.of(root.certificate()), Clock.systemUTC())
                    .verify(file);
            assertThat(check.status()).as(check.problem()).isEqualTo(SignatureCheck.Status.TRUSTED);
            assertThat(check.signer()).isEqualTo("Penanda Tangan Laporan SPBE");
        });
    }

    @Test
    void theFingerprintCoversTheFrozenTextsButNotTheFollowUp_AU7() {
        Instant at = Instant.parse("2026-12-01T01:00:00Z");
        Engagement audit = Engagement.schedule(AuditKind.KEAMANAN, null, null, "BKPSDM", null, "Audit keamanan",
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31), EnumSet.of(ScopeArea.PERFORMANCE), null,
                "admin", at);
        FindingDetails details = new FindingDetails("Port terbuka", Severity.CRITICAL, "Hanya port perlu",
                "Port 22 terbuka ke internet", "Aturan firewall longgar", "Risiko peretasan", "Tutup port 22",
                "BKPSDM", LocalDate.of(2027, 2, 28));
        Finding finding = Finding.open(audit.id(), "KEAMANAN", details, "sri", at);
        String before = AuditReports.fingerprint(audit, List.of(finding));

        finding.confirm("Benar", "operator.bkpsdm", at.plusSeconds(60));
        assertThat(AuditReports.fingerprint(audit, List.of(finding))).as("follow-up is not frozen content")
                .isEqualTo(before).hasSize(64);
        Finding otherText = Finding.open(audit.id(), "KEAMANAN", new FindingDetails("Port terbuka",
                Severity.CRITICAL, "Hanya port perlu", "Port 23 terbuka ke internet", "Aturan firewall longgar",
                "Risiko peretasan", "Tutup port 22", "BKPSDM", LocalDate.of(2027, 2, 28)), "sri", at);
        assertThat(AuditReports.fingerprint(audit, List.of(finding, otherText))).isNotEqualTo(before);
    }

    private Path keystore(Identity identity) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("penanda-tangan", identity.keys().getPrivate(), "rahasia".toCharArray(),
                identity.chain().toArray(new Certificate[0]));
        Path path = dir.resolve("penanda-tangan.p12");
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, "rahasia".toCharArray());
        }
        return path;
    }
}
