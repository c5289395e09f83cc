package id.go.spbe.platform.reports;

import id.go.spbe.platform.documents.TestPki;
import id.go.spbe.platform.documents.TestPki.Identity;
import id.go.spbe.platform.documents.signature.PdfSignatureVerifier;
import id.go.spbe.platform.documents.signature.SignatureCheck;
import id.go.spbe.platform.profile.SpbeEnvironmentPostProcessor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports (AU7, M2, D3, D5, N8 need them): a template with Indonesian text and charts becomes a PDF whose text can be
 * extracted, whose fonts are all embedded, with page numbers and the region from the profile; signed, it verifies
 * with the documents module's verifier against the signer's root.
 */
class ReportRendererTest {

    static final Instant NOW = Instant.parse("2026-11-30T01:15:00Z");

    @TempDir
    Path dir;

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withInitializer(context -> {
                    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("regionUnderTest",
                            Map.of("spbe.profile", "samarinda")));
                    new SpbeEnvironmentPostProcessor().postProcessEnvironment(context.getEnvironment(),
                            new SpringApplication());
                })
                .withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC))
                .withConfiguration(AutoConfigurations.of(ReportsAutoConfiguration.class));
    }

    static Report monev() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            rows.add(Map.of("name", "Indikator layanan publik berbasis elektronik nomor " + i, "value", i * 0.05));
        }
        return new Report("uji-monev", "Laporan Pemantauan dan Evaluasi SPBE Triwulan IV", "Monev SPBE (M2)",
                null, Map.of(
                        "periodEnd", LocalDate.of(2026, 12, 31),
                        "budget", 1_234_567_890L,
                        "achievement", 0.875,
                        "note", "Catatan: pengelolaan aplikasi umum sudah terintegrasi; perbaikan jaringan intra "
                                + "pemerintah daerah berlanjut pada tahun anggaran berikutnya.",
                        "points", List.of(SvgCharts.point("Kebijakan", 2.5), SvgCharts.point("Tata Kelola", 3.1),
                                SvgCharts.point("Manajemen", 1.8), SvgCharts.point("Layanan", 3.6)),
                        "trend", List.of(SvgCharts.point("2023", 1.9), SvgCharts.point("2024", 2.4),
                                SvgCharts.point("2025", 2.8), SvgCharts.point("2026", 3.2)),
                        "rows", rows))
                .withAddressee("Komite Pengarah SPBE");
    }

    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    @Test
    void aReportWithIndonesianTextAndChartsIsAPdfWithEmbeddedFontsAndPageNumbers() {
        runner().run(context -> {
            byte[] pdf = context.getBean(ReportRenderer.class).render(monev());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
                String text = text(document);
                assertThat(text).contains("Laporan Pemantauan dan Evaluasi SPBE Triwulan IV")
                        .contains("Kepada Yth. Komite Pengarah SPBE")
                        .contains("Kota Samarinda, Kalimantan Timur")
                        .contains("31 Desember 2026")
                        .contains("Rp1.234.567.890")
                        .contains("87,5%")
                        .contains("pengelolaan aplikasi umum sudah terintegrasi")
                        .contains("Dicetak 30 November 2026 09.15 WITA")
                        .contains("Halaman 1 dari " + document.getNumberOfPages())
                        .contains("Indikator layanan publik berbasis elektronik nomor 70")
                        .contains("3,50");
                // The bar chart is drawn (as vectors, so its labels are not text): its bars' blue is on page 1.
                BufferedImage firstPage = new PDFRenderer(document).renderImageWithDPI(0, 50);
                assertThat(pixelsOf(firstPage, 0x2b6cb0)).isGreaterThan(2000);
                for (PDPage page : document.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                        assertThat(font.getName()).contains("DejaVuSans");
                    }
                }
                assertThat(document.getDocumentInformation().getTitle())
                        .isEqualTo("Laporan Pemantauan dan Evaluasi SPBE Triwulan IV");
                assertThat(document.getDocumentCatalog().getMetadata()).as("XMP metadata (PDF/A)").isNotNull();
                assertThat(document.getDocumentCatalog().getOutputIntents()).as("sRGB output intent").isNotEmpty();
            }
        });
    }

    @Test
    void chartsAreSvgDrawnFromDataWithEscapedLabels() {
        SvgCharts charts = new SvgCharts(new IndonesianFormat(java.util.Locale.forLanguageTag("id-ID"),
                java.time.ZoneId.of("Asia/Makassar")));
        String bar = charts.bar("Aplikasi <per> status", List.of(SvgCharts.point("AKTIF", 12),
                SvgCharts.point("R&D", 3.5)));
        assertThat(bar).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("Aplikasi &lt;per&gt; status").contains("R&amp;D").contains(">3,5<").contains(">12<");
        assertThat(bar.split("<rect").length - 1).isEqualTo(2);
        assertThat(charts.line("Tren", List.of(SvgCharts.point("2025", 1), SvgCharts.point("2026", 2))))
                .contains("<path d=\"M");
    }

    @Test
    void aSignedReportVerifiesWithTheDocumentsVerifierAgainstTheSignersRoot() throws Exception {
        Identity root = TestPki.rootCa("Root CA Uji BSrE");
        Identity official = TestPki.signer(TestPki.intermediateCa(root, "OSD Uji BSrE"), "Kepala Dinas Kominfo");
        Path keystore = keystore(official);
        for (boolean visible : new boolean[] {false, true}) {
            runner().withPropertyValues("spbe.reports.signing.keystore=file:" + keystore,
                    "spbe.reports.signing.password=rahasia", "spbe.reports.signing.visible=" + visible)
                    .run(context -> {
                        byte[] pdf = context.getBean(ReportRenderer.class).render(monev());
                        Path file = Files.write(dir.resolve("laporan-" + visible + ".pdf"), pdf);
                        SignatureCheck check = new PdfSignatureVerifier(List.of(root.certificate()),
                                Clock.systemUTC()).verify(file);
                        assertThat(check.status()).as(check.problem()).isEqualTo(SignatureCheck.Status.TRUSTED);
                        assertThat(check.signer()).isEqualTo("Kepala Dinas Kominfo");
                        assertThat(check.format()).isEqualTo("PDF ETSI.CAdES.detached");
                        assertThat(check.signedAt()).isEqualTo(NOW);
                        SignatureCheck elsewhere = new PdfSignatureVerifier(List.of(TestPki.rootCa("Lain")
                                .certificate()), Clock.systemUTC()).verify(file);
                        assertThat(elsewhere.status()).isEqualTo(SignatureCheck.Status.UNTRUSTED);
                        try (PDDocument document = Loader.loadPDF(pdf)) {
                            PDPage last = document.getPage(document.getNumberOfPages() - 1);
                            boolean hasVisibleWidget = last.getAnnotations().stream()
                                    .anyMatch(a -> a instanceof PDAnnotationWidget w
                                            && w.getRectangle().getWidth() > 0);
                            assertThat(hasVisibleWidget).isEqualTo(visible);
                            assertThat(document.getSignatureDictionaries()).hasSize(1);
                            assertThat(document.getSignatureDictionaries().get(0).getLocation())
                                    .isEqualTo("Kota Samarinda");
                        }
                    });
        }
    }

    static int pixelsOf(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs((p >> 16) - (rgb >> 16)) < 8 && Math.abs((p >> 8 & 0xFF) - (rgb >> 8 & 0xFF)) < 8
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) < 8) {
                    count++;
                }
            }
        }
        return count;
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
