package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** The document store sniffs and parses what it gets, so the demo's documents must be what they claim. */
class DemoDocumentsTest {

    @Test
    void thePdfIsWellFormedEveryXrefOffsetPointsAtItsObject() {
        DemoDocuments.DemoFile file = DemoDocuments.forKind("USER_MANUAL", "Sistem (Informasi) Kesiman — Terpadu");
        String pdf = new String(file.content(), StandardCharsets.US_ASCII);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.filename()).isEqualTo("user-manual.pdf");
        assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n").contains("Sistem \\(Informasi\\) Kesiman ? Terpadu");

        int startxref = Integer.parseInt(pdf.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n$", "$1"));
        assertThat(pdf.substring(startxref)).startsWith("xref\n0 6\n");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf.substring(startxref));
        int object = 1;
        while (entries.find()) {
            assertThat(pdf.substring(Integer.parseInt(entries.group(1)))).startsWith(object + " 0 obj\n");
            object++;
        }
        assertThat(object - 1).isEqualTo(5);
        Matcher length = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(pdf);
        assertThat(length.find()).isTrue();
        assertThat(pdf.substring(length.end() + Integer.parseInt(length.group(1)))).startsWith("\nendstream");
    }

    @Test
    void theSourceCodeIsARealZipArchive() throws IOException {
        DemoDocuments.DemoFile file = DemoDocuments.forKind("SOURCE_CODE", "e-Kinerja");
        assertThat(file.content()).startsWith(0x50, 0x4b, 0x03, 0x04);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.content()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("README.md", "src/index.php");
    }
}
