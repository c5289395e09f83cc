package id.go.spbe.platform.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A client's file name is only a label: no paths, no header breaking, no disguised extensions. */
class SafeFilenameTest {

    @Test
    void pathsAndDangerousCharactersAreRemoved() {
        assertThat(SafeFilename.of("C:\\Users\\ani\\Spesifikasi SIMPUS v2.pdf")).isEqualTo("Spesifikasi SIMPUS v2.pdf");
        assertThat(SafeFilename.of("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeFilename.of("a\"b\r\nContent-Type: x.pdf")).isEqualTo("a_b__Content-Type_ x.pdf");
        // U+202E (right-to-left override) would show "manual\u202Efdp.exe" as "manualexe.pdf".
        assertThat(SafeFilename.of("manual\u202Efdp.exe")).isEqualTo("manual_fdp.exe");
        assertThat(SafeFilename.of(".htaccess")).isEqualTo("htaccess");
        assertThat(SafeFilename.of("   ")).isEqualTo(SafeFilename.FALLBACK);
        assertThat(SafeFilename.of(null)).isEqualTo(SafeFilename.FALLBACK);
        assertThat(SafeFilename.of("Dokumen Perencanaan Kesehatan.odt")).isEqualTo("Dokumen Perencanaan Kesehatan.odt");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        assertThat(SafeFilename.of("x".repeat(400) + ".pdf")).hasSize(150).endsWith(".pdf");
        assertThat(SafeFilename.forType("x".repeat(400) + ".pdf", DocumentFormats.PDF)).hasSize(150).endsWith(".pdf");
    }

    /** Issue 7 defect 5: "Panduan.pdf.vbs" was stored and served under that name. */
    @Test
    void defect5TheStoredNameEndsInAnExtensionOfTheSniffedType() {
        assertThat(SafeFilename.forType("Panduan.pdf.vbs", DocumentFormats.PDF)).isEqualTo("Panduan.pdf");
        assertThat(SafeFilename.forType("laporan.docm", DocumentFormats.DOCX)).isEqualTo("laporan.docx");
        assertThat(SafeFilename.forType("spek.bin", DocumentFormats.DOCX)).isEqualTo("spek.docx");
        assertThat(SafeFilename.forType("Panduan", DocumentFormats.PDF)).isEqualTo("Panduan.pdf");
        assertThat(SafeFilename.forType("Panduan.PDF", DocumentFormats.PDF)).isEqualTo("Panduan.PDF");
        assertThat(SafeFilename.forType("Panduan.exe.pdf", DocumentFormats.PDF)).isEqualTo("Panduan_exe.pdf");
        assertThat(SafeFilename.forType("manual.md", DocumentFormats.PLAIN_TEXT)).isEqualTo("manual.md");
        assertThat(SafeFilename.forType("kode.tar.gz", "application/gzip")).isEqualTo("kode.tar.gz");
        assertThat(SafeFilename.forType("Laporan v1.2 final.pdf", DocumentFormats.PDF))
                .isEqualTo("Laporan v1.2 final.pdf");
        assertThat(SafeFilename.forType(".vbs", DocumentFormats.PDF)).isEqualTo("vbs.pdf");
        assertThat(SafeFilename.forType("suara.wma", "audio/x-unknown")).isEqualTo("suara");
    }
}
