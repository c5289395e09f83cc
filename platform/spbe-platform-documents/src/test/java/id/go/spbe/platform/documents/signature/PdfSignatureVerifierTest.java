package id.go.spbe.platform.documents.signature;

import id.go.spbe.platform.documents.TestPdfs;
import id.go.spbe.platform.documents.TestPki;
import id.go.spbe.platform.documents.TestPki.Identity;
import id.go.spbe.platform.documents.signature.SignatureCheck.Status;
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
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SEC3: what the PDF signature check accepts, refuses and reports; trust anchors decide trust (SEC1 authenticity). */
class PdfSignatureVerifierTest {

    static final Instant SIGNED_AT = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    static final Clock CLOCK = Clock.fixed(Instant.now(), ZoneOffset.UTC);

    static Identity bsreRoot;
    static Identity bsreCa;
    static Identity kepalaDinas;
    static Identity otherRoot;
    static Identity stranger;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        bsreRoot = TestPki.rootCa("Root CA Uji BSrE");
        bsreCa = TestPki.intermediateCa(bsreRoot, "OSD Uji BSrE");
        kepalaDinas = TestPki.signer(bsreCa, "Kepala Dinas Kesehatan");
        otherRoot = TestPki.rootCa("Root CA Lain");
        stranger = TestPki.signer(otherRoot, "Penanda Tangan Lain");
    }

    PdfSignatureVerifier withoutAnchors() {
        return new PdfSignatureVerifier(List.of(), CLOCK);
    }

    PdfSignatureVerifier anchoredAtBsre() {
        return new PdfSignatureVerifier(List.of(bsreRoot.certificate()), CLOCK);
    }

    Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "doc", ".pdf"), bytes);
    }

    @Test
    void sec3AnUnsignedPdfIsReportedAsUnsigned() throws IOException {
        SignatureCheck check = withoutAnchors().verify(file(TestPdfs.unsigned("SPESIFIKASI")));
        assertThat(check.status()).isEqualTo(Status.UNSIGNED);
        assertThat(check.verified()).isFalse();
    }

    @Test
    void sec3AnIntactSignatureReportsSignerIssuerTimeAndFormat() throws IOException {
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("SPESIFIKASI"), kepalaDinas, SIGNED_AT);
        SignatureCheck check = withoutAnchors().verify(file(signed));
        assertThat(check.status()).as(check.problem()).isEqualTo(Status.INTACT);
        // Issue 7 defect 6: intact without an anchor is not verified (anyone can sign with a self-made certificate).
        assertThat(check.verified()).isFalse();
        assertThat(check.signer()).isEqualTo("Kepala Dinas Kesehatan");
        assertThat(check.issuer()).startsWith("CN=OSD Uji BSrE");
        assertThat(check.signedAt()).isEqualTo(SIGNED_AT);
        assertThat(check.format()).isEqualTo("PDF adbe.pkcs7.detached");
    }

    @Test
    void sec3PadesSignaturesAreVerifiedToo() throws IOException {
        byte[] signed = TestPdfs.signedPades(TestPdfs.unsigned("SPESIFIKASI"), kepalaDinas, SIGNED_AT);
        SignatureCheck check = withoutAnchors().verify(file(signed));
        assertThat(check.status()).as(check.problem()).isEqualTo(Status.INTACT);
        assertThat(check.format()).isEqualTo("PDF ETSI.CAdES.detached");
    }

    @Test
    void sec3ChangingASignedByteBreaksTheSignature() throws IOException {
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("ANGGARAN-100"), kepalaDinas, SIGNED_AT);
        SignatureCheck check = withoutAnchors().verify(file(TestPdfs.tampered(signed, "ANGGARAN-100",
                "ANGGARAN-900")));
        assertThat(check.status()).isEqualTo(Status.INVALID);
        assertThat(check.problem()).contains("diubah");
    }

    @Test
    void sec3ContentAddedAfterSigningIsRefused() throws IOException {
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("SPESIFIKASI"), kepalaDinas, SIGNED_AT);
        assertThat(withoutAnchors().verify(file(TestPdfs.retitledAfterSigning(signed, "Judul Palsu"))).status())
                .isEqualTo(Status.INVALID);
        byte[] appended = concat(signed, "\n% tambahan setelah tanda tangan\n".getBytes(StandardCharsets.US_ASCII));
        SignatureCheck check = withoutAnchors().verify(file(appended));
        assertThat(check.status()).isEqualTo(Status.INVALID);
        assertThat(check.problem()).contains("di luar rentang");
    }

    @Test
    void sec3ASignatureValueThatDoesNotMatchItsGapIsRefused() throws IOException {
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("SPESIFIKASI"), kepalaDinas, SIGNED_AT);
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        // Flip one hex digit inside /Contents: the CMS no longer parses or verifies.
        int contents = text.indexOf("/Contents <") + "/Contents <".length() + 40;
        byte[] broken = signed.clone();
        broken[contents] = (byte) (broken[contents] == 'A' ? 'B' : 'A');
        assertThat(withoutAnchors().verify(file(broken)).status()).isEqualTo(Status.INVALID);
    }

    @Test
    void sec3ACertificateExpiredAtSigningTimeIsRefused() throws IOException {
        Identity expired = TestPki.expiredSigner(bsreCa, "Pejabat Lama");
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("SPESIFIKASI"), expired, SIGNED_AT);
        SignatureCheck check = withoutAnchors().verify(file(signed));
        assertThat(check.status()).isEqualTo(Status.INVALID);
        assertThat(check.problem()).contains("tidak berlaku");
    }

    @Test
    void sec1WithTrustAnchorsASignerChainingToTheAnchorIsTrusted() throws IOException {
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("SPESIFIKASI"), kepalaDinas, SIGNED_AT);
        SignatureCheck check = anchoredAtBsre().verify(file(signed));
        assertThat(check.status()).as(check.problem()).isEqualTo(Status.TRUSTED);
        assertThat(check.verified()).isTrue();
    }

    @Test
    void sec1WithTrustAnchorsAnIntactSignatureFromElsewhereIsUntrusted() throws IOException {
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("SPESIFIKASI"), stranger, SIGNED_AT);
        SignatureCheck check = anchoredAtBsre().verify(file(signed));
        assertThat(check.status()).isEqualTo(Status.UNTRUSTED);
        assertThat(check.verified()).isFalse();
        assertThat(check.signer()).isEqualTo("Penanda Tangan Lain");
        assertThat(check.problem()).contains("tidak berujung");
        SignatureCheck selfSigned = anchoredAtBsre().verify(file(TestPdfs.signed(TestPdfs.unsigned("X"),
                TestPki.selfSigned("Kepala Dinas Palsu"), SIGNED_AT)));
        assertThat(selfSigned.status()).isEqualTo(Status.UNTRUSTED);
        // The same signatures are intact when no anchors are configured: trust is then not decided.
        assertThat(withoutAnchors().verify(file(signed)).status()).isEqualTo(Status.INTACT);
    }

    @Test
    void sec3ADocumentTimestampIsVerifiedButIsNotTheSignatureOfAnOfficial() throws IOException {
        Identity tsa = TestPki.timestampAuthority(bsreCa, "TSA Uji BSrE");
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("SPESIFIKASI"), kepalaDinas, SIGNED_AT);
        SignatureCheck lta = anchoredAtBsre().verify(file(TestPdfs.timestamped(signed, tsa)));
        assertThat(lta.status()).as(lta.problem()).isEqualTo(Status.TRUSTED);
        assertThat(lta.signer()).isEqualTo("Kepala Dinas Kesehatan");

        byte[] onlyTimestamped = TestPdfs.timestamped(TestPdfs.unsigned("SPESIFIKASI"), tsa);
        assertThat(withoutAnchors().verify(file(onlyTimestamped)).status()).isEqualTo(Status.UNSIGNED);
        byte[] tamperedUnderTimestamp = TestPdfs.tampered(onlyTimestamped, "SPESIFIKASI", "SPESIFIKASU");
        assertThat(withoutAnchors().verify(file(tamperedUnderTimestamp)).status()).isEqualTo(Status.INVALID);
    }

    @Test
    void aFileThatIsNotAReadablePdfIsAnIoError() {
        assertThatThrownBy(() -> withoutAnchors().verify(file("%PDF-1.7\nrusak".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(IOException.class);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
