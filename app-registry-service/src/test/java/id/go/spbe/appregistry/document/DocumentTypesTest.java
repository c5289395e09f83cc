package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.application.domain.DocumentKind;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A7: the type of a document comes from its bytes, and each kind accepts a short list of formats. */
class DocumentTypesTest {

    final DocumentTypes types = new DocumentTypes();

    @TempDir
    Path dir;

    String detect(byte[] bytes, String name) throws IOException {
        return types.detect(Files.write(dir.resolve(name), bytes)).toString();
    }

    @Test
    void a7TheTypeIsSniffedFromTheBytesWhateverTheFileIsCalled() throws IOException {
        assertThat(detect(TestPdfs.unsigned("X"), "spesifikasi.docx")).isEqualTo(DocumentTypes.PDF);
        assertThat(detect(TestFiles.docx(), "spesifikasi.pdf")).isEqualTo(DocumentTypes.DOCX);
        assertThat(detect(TestFiles.odt(), "spesifikasi.bin")).isEqualTo(DocumentTypes.ODF_TEXT);
        assertThat(detect(TestFiles.markdown(), "manual.md")).isEqualTo(DocumentTypes.PLAIN_TEXT);
        assertThat(detect(TestFiles.windowsExecutable(), "manual.pdf")).isEqualTo("application/x-msdownload");
        assertThat(detect(TestFiles.html(), "catatan.txt")).isEqualTo("text/html");
        assertThat(detect(TestFiles.xlsx(), "spesifikasi.docx")).isEqualTo("application/x-tika-ooxml");
        assertThat(detect(TestFiles.sourceZip(), "kode.zip")).isEqualTo("application/zip");
        assertThat(detect(TestFiles.tar(), "kode.tar")).isEqualTo("application/x-tar");
        assertThat(detect(TestFiles.gzip(TestFiles.tar()), "kode.tar.gz")).isEqualTo("application/gzip");
        assertThat(detect(TestFiles.sevenZip(), "kode.7z")).isEqualTo("application/x-7z-compressed");
        assertThat(detect(TestFiles.mp3(), "manual.mp3")).isEqualTo("audio/mpeg");
        assertThat(detect(TestFiles.mp4(), "manual.mp4")).isEqualTo("video/mp4");
    }

    @Test
    void a7WrittenKindsAcceptDocumentsSourceCodeArchivesAndOnlyTheManualAudioVisual() {
        for (DocumentKind kind : new DocumentKind[] {DocumentKind.REQUIREMENTS_SPEC, DocumentKind.DESIGN_DOCUMENT,
                DocumentKind.TEST_REPORT, DocumentKind.OTHER, DocumentKind.USER_MANUAL}) {
            assertThat(types.accepts(kind, MediaType.parse(DocumentTypes.PDF))).isTrue();
            assertThat(types.accepts(kind, MediaType.parse(DocumentTypes.DOCX))).isTrue();
            assertThat(types.accepts(kind, MediaType.parse(DocumentTypes.ODF_TEXT))).isTrue();
            assertThat(types.accepts(kind, MediaType.parse(DocumentTypes.PLAIN_TEXT))).isTrue();
            assertThat(types.accepts(kind, MediaType.parse("application/zip"))).isFalse();
            assertThat(types.accepts(kind, MediaType.parse("text/html"))).isFalse();
            assertThat(types.accepts(kind, MediaType.parse("application/x-tika-ooxml"))).isFalse();
        }
        assertThat(types.accepts(DocumentKind.REQUIREMENTS_SPEC, MediaType.parse("audio/mpeg"))).isFalse();
        assertThat(types.accepts(DocumentKind.USER_MANUAL, MediaType.parse("audio/mpeg"))).isTrue();
        assertThat(types.accepts(DocumentKind.USER_MANUAL, MediaType.parse("video/mp4"))).isTrue();

        assertThat(types.accepts(DocumentKind.SOURCE_CODE, MediaType.parse("application/zip"))).isTrue();
        assertThat(types.accepts(DocumentKind.SOURCE_CODE, MediaType.parse("application/gzip"))).isTrue();
        assertThat(types.accepts(DocumentKind.SOURCE_CODE, MediaType.parse("application/x-tar"))).isTrue();
        assertThat(types.accepts(DocumentKind.SOURCE_CODE, MediaType.parse("application/x-7z-compressed"))).isTrue();
        assertThat(types.accepts(DocumentKind.SOURCE_CODE, MediaType.parse(DocumentTypes.PDF))).isFalse();
        assertThat(types.accepts(DocumentKind.SOURCE_CODE, MediaType.parse("application/x-msdownload"))).isFalse();
    }
}
