package id.go.spbe.platform.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The type of a document comes from its bytes; Office packages are what their main part says (issue 7 defect 5). */
class ContentSnifferTest {

    final ContentSniffer sniffer = new ContentSniffer();

    @TempDir
    Path dir;

    String detect(byte[] bytes, String name) throws IOException {
        return sniffer.detect(Files.write(dir.resolve(name), bytes));
    }

    @Test
    void theTypeIsSniffedFromTheBytesWhateverTheFileIsCalled() throws IOException {
        assertThat(detect(TestPdfs.unsigned("X"), "spesifikasi.docx")).isEqualTo(DocumentFormats.PDF);
        assertThat(detect(TestFiles.docx(), "spesifikasi.pdf")).isEqualTo(DocumentFormats.DOCX);
        assertThat(detect(TestFiles.xlsx(), "spesifikasi.docx")).isEqualTo(DocumentFormats.XLSX);
        assertThat(detect(TestFiles.pptx(), "paparan.pdf")).isEqualTo(DocumentFormats.PPTX);
        assertThat(detect(TestFiles.odt(), "spesifikasi.bin")).isEqualTo(DocumentFormats.ODF_TEXT);
        assertThat(detect(TestFiles.markdown(), "manual.md")).isEqualTo(DocumentFormats.PLAIN_TEXT);
        assertThat(detect(TestFiles.windowsExecutable(), "manual.pdf")).isEqualTo("application/x-msdownload");
        assertThat(detect(TestFiles.html(), "catatan.txt")).isEqualTo("text/html");
        assertThat(detect(TestFiles.sourceZip(), "kode.zip")).isEqualTo("application/zip");
        assertThat(detect(TestFiles.tar(), "kode.tar")).isEqualTo("application/x-tar");
        assertThat(detect(TestFiles.gzip(TestFiles.tar()), "kode.tar.gz")).isEqualTo("application/gzip");
        assertThat(detect(TestFiles.sevenZip(), "kode.7z")).isEqualTo("application/x-7z-compressed");
        assertThat(detect(TestFiles.mp3(), "manual.mp3")).isEqualTo("audio/mpeg");
        assertThat(detect(TestFiles.mp4(), "manual.mp4")).isEqualTo("video/mp4");
    }

    /** Issue 7 defect 5: the docx content type somewhere in [Content_Types].xml made a macro package a "docx". */
    @Test
    void defect5AWordPackageWhoseMainPartIsMacroEnabledIsAMacroDocument() throws IOException {
        assertThat(detect(TestFiles.docm(), "laporan.docx")).isEqualTo(DocumentFormats.DOCM);
        assertThat(detect(TestFiles.docmDeclaringDocxToo(), "laporan.docx")).isEqualTo(DocumentFormats.DOCM);
    }

    @Test
    void defect5AVbaProjectOrActiveXPartMakesAnyOfficeDocumentAMacroDocument() throws IOException {
        assertThat(detect(TestFiles.docxWithHiddenVbaProject(), "laporan.docx")).isEqualTo(DocumentFormats.DOCM);
        assertThat(detect(TestFiles.docxWithActiveX(), "laporan.docx")).isEqualTo(DocumentFormats.DOCM);
        assertThat(detect(TestFiles.xlsm(), "anggaran.xlsx")).isEqualTo(DocumentFormats.XLSM);
    }

    @Test
    void defect5AnOfficePackageWithoutARecognisableMainPartIsNoDocument() throws IOException {
        assertThat(detect(TestFiles.ooxmlWithoutRelationships(), "laporan.docx"))
                .isEqualTo(DocumentFormats.GENERIC_OOXML);
        assertThat(detect(TestFiles.odtWithBasicMacro(), "laporan.odt")).isEqualTo(DocumentFormats.ODF_WITH_MACROS);
    }
}
