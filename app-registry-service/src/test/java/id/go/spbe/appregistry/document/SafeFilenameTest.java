package id.go.spbe.appregistry.document;

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
        String name = SafeFilename.of("x".repeat(400) + ".pdf");
        assertThat(name).hasSize(150).endsWith(".pdf");
    }
}
