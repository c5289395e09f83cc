package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.application.domain.RegistrationPolicy;
import id.go.spbe.appregistry.document.DocumentInspector.Inspection;
import id.go.spbe.appregistry.document.TestPki.Identity;
import id.go.spbe.appregistry.document.signature.PdfSignatureVerifier;
import id.go.spbe.appregistry.document.signature.SignatureCheck.Status;
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
import java.util.EnumSet;

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

    static RegistrationPolicy policy(boolean signaturesRequired) {
        return new RegistrationPolicy(EnumSet.of(ApplicationClass.UMUM, ApplicationClass.KHUSUS), "example.go.id",
                EnumSet.of(DocumentKind.USER_MANUAL), false, signaturesRequired);
    }

    static DocumentInspector inspector(boolean signaturesRequired, Identity... anchors) {
        return new DocumentInspector(new DocumentTypes(), new PdfSignatureVerifier(
                java.util.Arrays.stream(anchors).map(Identity::certificate).toList(), Clock.systemUTC()),
                policy(signaturesRequired));
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
        DocumentInspector required = inspector(true);
        Path unsigned = file(TestPdfs.unsigned("MANUAL"));
        violatesSec3(() -> required.inspect(DocumentKind.USER_MANUAL, unsigned));
        Path docx = file(TestFiles.docx());
        violatesSec3(() -> required.inspect(DocumentKind.USER_MANUAL, docx));
        Path source = file(TestFiles.sourceZip());
        violatesSec3(() -> required.inspect(DocumentKind.SOURCE_CODE, source));

        Inspection signed = required.inspect(DocumentKind.USER_MANUAL,
                file(TestPdfs.signed(TestPdfs.unsigned("MANUAL"), official, SIGNED_AT)));
        assertThat(signed.contentType()).isEqualTo("application/pdf");
        assertThat(signed.signature().status()).isEqualTo(Status.INTACT);
        assertThat(signed.signature().signer()).isEqualTo("Sekretaris Daerah");
    }

    @Test
    void sec3WhereSignaturesAreRequiredWithTrustAnchorsOnlyATrustedSignerIsAccepted() throws IOException {
        DocumentInspector required = inspector(true, bsreRoot);
        Path untrusted = file(TestPdfs.signed(TestPdfs.unsigned("MANUAL"), stranger, SIGNED_AT));
        assertThatThrownBy(() -> required.inspect(DocumentKind.USER_MANUAL, untrusted))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("tidak berujung");
        Inspection trusted = required.inspect(DocumentKind.USER_MANUAL,
                file(TestPdfs.signed(TestPdfs.unsigned("MANUAL"), official, SIGNED_AT)));
        assertThat(trusted.signature().status()).isEqualTo(Status.TRUSTED);
    }

    @Test
    void sec3WhereSignaturesAreOptionalAnUntrustedSignatureIsAcceptedButNotCountedAsVerified() throws IOException {
        Inspection inspection = inspector(false, bsreRoot).inspect(DocumentKind.USER_MANUAL,
                file(TestPdfs.signed(TestPdfs.unsigned("MANUAL"), stranger, SIGNED_AT)));
        assertThat(inspection.signature().status()).isEqualTo(Status.UNTRUSTED);
        assertThat(inspection.signature().verified()).isFalse();
        assertThat(inspector(false).inspect(DocumentKind.USER_MANUAL, file(TestPdfs.unsigned("MANUAL")))
                .signature().status()).isEqualTo(Status.UNSIGNED);
    }

    @Test
    void sec3ABrokenSignatureIsRefusedWhetherOrNotSignaturesAreRequired() throws IOException {
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("BIAYA-100"), official, SIGNED_AT);
        Path tampered = file(TestPdfs.tampered(signed, "BIAYA-100", "BIAYA-999"));
        violatesSec3(() -> inspector(false).inspect(DocumentKind.REQUIREMENTS_SPEC, tampered));
        violatesSec3(() -> inspector(true, bsreRoot).inspect(DocumentKind.REQUIREMENTS_SPEC, tampered));
    }

    @Test
    void a7ATypeTheKindDoesNotAcceptIsRefusedNamingTheDetectedType() throws IOException {
        Path exe = file(TestFiles.windowsExecutable());
        assertThatThrownBy(() -> inspector(false).inspect(DocumentKind.USER_MANUAL, exe))
                .isInstanceOfSatisfying(UnsupportedDocumentTypeException.class, e -> {
                    assertThat(e.detectedType()).isEqualTo("application/x-msdownload");
                    assertThat(e.acceptedTypes()).contains("application/pdf", "audio/*");
                });
        Path pdf = file(TestPdfs.unsigned("KODE"));
        assertThatThrownBy(() -> inspector(false).inspect(DocumentKind.SOURCE_CODE, pdf))
                .isInstanceOf(UnsupportedDocumentTypeException.class).hasMessageContaining("application/pdf");
        assertThat(inspector(false).inspect(DocumentKind.SOURCE_CODE, file(TestFiles.sourceZip())).contentType())
                .isEqualTo("application/zip");
    }

    @Test
    void aDamagedPdfIsABadRequest() throws IOException {
        Path damaged = file("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> inspector(false).inspect(DocumentKind.REQUIREMENTS_SPEC, damaged))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void noTrustAnchorsMeansIntactIsEnoughEvenWhenRequired() throws IOException {
        assertThat(inspector(true).inspect(DocumentKind.USER_MANUAL,
                file(TestPdfs.signed(TestPdfs.unsigned("MANUAL"), stranger, SIGNED_AT))).signature().status())
                .isEqualTo(Status.INTACT);
    }
}
