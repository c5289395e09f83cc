package id.go.spbe.platform.documents;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SEC1: the checksum is computed while the upload streams; the size limit stops the copy. */
class SpooledUploadTest {

    @Test
    void sec1TheSha256AndSizeAreThoseOfTheStreamedBytesAndTheCopyIsRemovedOnClose() throws IOException {
        byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);
        Path path;
        try (SpooledUpload upload = SpooledUpload.of(new ByteArrayInputStream(content), 3)) {
            path = upload.path();
            assertThat(upload.size()).isEqualTo(3);
            // FIPS 180-2 test vector for "abc".
            assertThat(upload.sha256())
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(Files.readAllBytes(path)).isEqualTo(content);
        }
        assertThat(path).doesNotExist();
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothingBehind() throws IOException {
        long before;
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            before = files.filter(p -> p.getFileName().toString().startsWith("spbe-document-")).count();
        }
        assertThatThrownBy(() -> SpooledUpload.of(new ByteArrayInputStream(new byte[1025]), 1024))
                .isInstanceOf(DocumentTooLargeException.class).hasMessageContaining("1024 byte");
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("spbe-document-")).count())
                    .isLessThanOrEqualTo(before);
        }
        assertThat(DocumentTooLargeException.describe(50L * 1024 * 1024)).isEqualTo("50MB");
    }
}
