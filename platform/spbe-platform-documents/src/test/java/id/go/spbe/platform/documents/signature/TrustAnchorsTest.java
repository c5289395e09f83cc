package id.go.spbe.platform.documents.signature;

import id.go.spbe.platform.documents.TestPki;
import id.go.spbe.platform.documents.TestPki.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SEC3 trust configuration: PEM anchors load from resource locations, and a wrong one stops the start. */
class TrustAnchorsTest {

    @TempDir
    Path dir;

    @Test
    void sec3AnchorsAreReadFromPemFilesAndAFileMayHoldSeveral() throws IOException {
        Identity root = TestPki.rootCa("Root CA Uji BSrE");
        Identity other = TestPki.rootCa("Root CA Uji Lain");
        Path bundle = Files.writeString(dir.resolve("anchors.pem"), TestPki.pem(root.certificate())
                + TestPki.pem(other.certificate()));
        Path single = Files.writeString(dir.resolve("bsre.pem"), TestPki.pem(root.certificate()));

        List<X509Certificate> anchors = TrustAnchors.load(List.of("file:" + bundle, "file:" + single),
                new DefaultResourceLoader());
        assertThat(anchors).containsExactly(root.certificate(), other.certificate(), root.certificate());
        assertThat(TrustAnchors.load(List.of(), new DefaultResourceLoader())).isEmpty();
    }

    @Test
    void sec3AMissingOrUnreadableAnchorFailsFast() throws IOException {
        Path notPem = Files.writeString(dir.resolve("bukan.pem"), "bukan sertifikat");
        assertThatThrownBy(() -> TrustAnchors.load(List.of("file:" + dir.resolve("tidak-ada.pem")),
                new DefaultResourceLoader())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TrustAnchors.load(List.of("file:" + notPem), new DefaultResourceLoader()))
                .isInstanceOf(IllegalStateException.class);
    }
}
