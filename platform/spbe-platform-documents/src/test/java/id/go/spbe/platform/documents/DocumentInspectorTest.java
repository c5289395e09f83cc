package id.go.spbe.platform.documents;

import id.go.spbe.platform.documents.DocumentInspector.Inspection;
import id.go.spbe.platform.documents.TestPki.Identity;
import id.go.spbe.platform.documents.signature.PdfSignatureVerifier;
import id.go.spbe.platform.documents.signature.SignatureCheck.Status;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SEC3 per profile: where the regulation requires signed documents (Manggarai Barat, Samarinda) an unsigned or
 * untrusted file is refused; a broken signature is refused everywhere. A7: the type must suit the kind (415).
 */
class DocumentInspectorTest {

    static final Instant SIGNED_AT = Instant.now().minus(Duration.ofHours(2));

    static Identity bsreRoot;
    static Identity official;
    static Identity stranger;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        bsreRoot = TestPki.rootCa("Root CA Uji BSrE");
        official = TestPki.signer(TestPki.intermediateCa(bsreRoot, "OSD Uji BSrE"), "Sekretaris Daerah");
        stranger = TestPki.signer(TestPki.rootCa("CA Tak Dikenal"), "Orang Lain");
    }

    static final String USER_MANUAL = "USER_MANUAL";
    static final String SOURCE_CODE = "SOURCE_CODE";
    static final String REQUIREMENTS_SPEC = "REQUIREMENTS_SPEC";
    static final DocumentKinds KINDS = DocumentKinds.builder()
            .kind(USER_MANUAL, DocumentFormats.WRITTEN, DocumentFormats.AUDIO_VISUAL)
            .kind(REQUIREMENTS_SPEC, DocumentFormats.WRITTEN)
            .kind(SOURCE_CODE, DocumentFormats.ARCHIVES)
            .build();

    static DocumentInspector inspector(boolean signaturesRequired, Identity... anchors) {
        return new DocumentInspector(new ContentSniffer(), KINDS, new PdfSignatureVerifier(
                java.util.Arrays.stream(anchors).map(Identity::certificate).toList(), Clock.systemUTC()),
                signaturesRequired);
    }

    Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ".bin"), bytes);
    }

    static void violatesSec3(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class).extracting("obligation")
                .isEqualTo("SEC3");
    }

    @Test
    void sec3WhereSignaturesAreRequiredAnUnsignedDocumentIsRefused() throws IOException {
        DocumentInspector required = inspector(true, bsreRoot);
        Path unsigned = file(TestPdfs.unsigned("MANUAL"));
        violatesSec3(() -> required.inspect(USER_MANUAL, unsigned));
        Path docx = file(TestFiles.docx());
        violatesSec3(() -> required.inspect(USER_MANUAL, docx));
        Path source = file(TestFiles.sourceZip());
        violatesSec3(() -> required.inspect(SOURCE_CODE, source));

        Inspection signed = required.inspect(USER_MANUAL,
                file(TestPdfs.signed(TestPdfs.unsigned("MANUAL"), official, SIGNED_AT)));
        assertThat(signed.mediaType()).isEqualTo("application/pdf");
        assertThat(signed.signature().status()).isEqualTo(Status.TRUSTED);
        assertThat(signed.signature().signer()).isEqualTo("Sekretaris Daerah");
    }

    @Test
    void sec3WhereSignaturesAreRequiredWithTrustAnchorsOnlyATrustedSignerIsAccepted() throws IOException {
        DocumentInspector required = inspector(true, bsreRoot);
        Path untrusted = file(TestPdfs.signed(TestPdfs.unsigned("MANUAL"), stranger, SIGNED_AT));
        assertThatThrownBy(() -> required.inspect(USER_MANUAL, untrusted))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("tidak berujung");
        Inspection trusted = required.inspect(USER_MANUAL,
                file(TestPdfs.signed(TestPdfs.unsigned("MANUAL"), official, SIGNED_AT)));
        assertThat(trusted.signature().status()).isEqualTo(Status.TRUSTED);
    }

    @Test
    void sec3WhereSignaturesAreOptionalAnUntrustedSignatureIsAcceptedButNotCountedAsVerified() throws IOException {
        Inspection inspection = inspector(false, bsreRoot).inspect(USER_MANUAL,
                file(TestPdfs.signed(TestPdfs.unsigned("MANUAL"), stranger, SIGNED_AT)));
        assertThat(inspection.signature().status()).isEqualTo(Status.UNTRUSTED);
        assertThat(inspection.signature().verified()).isFalse();
        assertThat(inspector(false).inspect(USER_MANUAL, file(TestPdfs.unsigned("MANUAL")))
                .signature().status()).isEqualTo(Status.UNSIGNED);
    }

    @Test
    void sec3ABrokenSignatureIsRefusedWhetherOrNotSignaturesAreRequired() throws IOException {
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("BIAYA-100"), official, SIGNED_AT);
        Path tampered = file(TestPdfs.tampered(signed, "BIAYA-100", "BIAYA-999"));
        violatesSec3(() -> inspector(false).inspect(REQUIREMENTS_SPEC, tampered));
        violatesSec3(() -> inspector(true, bsreRoot).inspect(REQUIREMENTS_SPEC, tampered));
    }

    @Test
    void a7ATypeTheKindDoesNotAcceptIsRefusedNamingTheDetectedType() throws IOException {
        Path exe = file(TestFiles.windowsExecutable());
        assertThatThrownBy(() -> inspector(false).inspect(USER_MANUAL, exe))
                .isInstanceOfSatisfying(UnsupportedDocumentTypeException.class, e -> {
                    assertThat(e.detectedType()).isEqualTo("application/x-msdownload");
                    assertThat(e.acceptedTypes()).contains("application/pdf", "audio/*");
                });
        Path pdf = file(TestPdfs.unsigned("KODE"));
        assertThatThrownBy(() -> inspector(false).inspect(SOURCE_CODE, pdf))
                .isInstanceOf(UnsupportedDocumentTypeException.class).hasMessageContaining("application/pdf");
        assertThat(inspector(false).inspect(SOURCE_CODE, file(TestFiles.sourceZip())).mediaType())
                .isEqualTo("application/zip");
    }

    @Test
    void aDamagedPdfIsABadRequest() throws IOException {
        Path damaged = file("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> inspector(false).inspect(REQUIREMENTS_SPEC, damaged))
                .isInstanceOf(InvalidRequestException.class);
    }

    /**
     * Issue 7 defect 6: without trust anchors an intact signature by anybody's self-signed certificate counted as
     * verified where signatures are required. Intact is not verified; only a chain to a configured anchor is.
     */
    @Test
    void defect6AnIntactSignatureWithoutTrustAnchorsIsNotVerifiedWhereSignaturesAreRequired() throws IOException {
        Path selfSigned = file(TestPdfs.signed(TestPdfs.unsigned("MANUAL"),
                TestPki.selfSigned("Kepala Dinas Palsu"), SIGNED_AT));
        violatesSec3(() -> inspector(true).inspect(USER_MANUAL, selfSigned));
        assertThatThrownBy(() -> inspector(true).inspect(USER_MANUAL, selfSigned))
                .hasMessageContaining("spbe.documents.trust-anchors");
        assertThat(inspector(false).inspect(USER_MANUAL, selfSigned).signature().verified()).isFalse();
    }

    @Test
    void defect5AMacroEnabledWordFileIsRefusedWhateverTheKindAccepts() throws IOException {
        Path docm = file(TestFiles.docmDeclaringDocxToo());
        assertThatThrownBy(() -> inspector(false).inspect(REQUIREMENTS_SPEC, docm))
                .isInstanceOfSatisfying(UnsupportedDocumentTypeException.class, e -> {
                    assertThat(e.detectedType()).isEqualTo(DocumentFormats.DOCM);
                    assertThat(e.getMessage()).contains("makro");
                });
        Path hidden = file(TestFiles.docxWithHiddenVbaProject());
        assertThatThrownBy(() -> inspector(false).inspect(REQUIREMENTS_SPEC, hidden))
                .isInstanceOf(UnsupportedDocumentTypeException.class);
        assertThat(inspector(false).inspect(REQUIREMENTS_SPEC, file(TestFiles.docx())).mediaType())
                .isEqualTo(DocumentFormats.DOCX);
    }
}
