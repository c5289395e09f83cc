package id.go.spbe.audit.certificate.domain;

import id.go.spbe.audit.support.TestCertificates;
import id.go.spbe.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AU9: a certificate read from X.509 (PEM, DER) or PKCS#7 (DER, PEM) files generated here; bad files are 400. */
class CertificateFilesTest {

    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static X509Certificate certificate;

    @BeforeAll
    static void generate() {
        certificate = TestCertificates.generate("dr. Sari Wulandari", FROM, 365, "digitalSignature,nonRepudiation");
    }

    void readsTheHoldersFields(CertificateFiles.Read read) {
        assertThat(read.holder()).isEqualTo("dr. Sari Wulandari");
        assertThat(read.issuer()).isEqualTo("CN=dr. Sari Wulandari,O=Pemerintah Daerah,C=ID");
        assertThat(read.serialNumber()).isEqualTo(TestCertificates.serial(certificate));
        assertThat(read.notBefore()).isEqualTo(FROM);
        assertThat(read.notAfter()).isEqualTo(FROM.plus(Duration.ofDays(365)));
        assertThat(read.keyUsage()).containsExactly(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.NON_REPUDIATION);
    }

    @Test
    void au9ReadsX509AsPemAndDer() {
        CertificateFiles.Read pem = CertificateFiles.read(TestCertificates.pem(certificate)
                .getBytes(StandardCharsets.US_ASCII));
        readsTheHoldersFields(pem);
        assertThat(pem.source()).isEqualTo(CertificateSource.X509);
        readsTheHoldersFields(CertificateFiles.read(TestCertificates.der(certificate)));
    }

    @Test
    void au9ReadsTheHoldersCertificateNotTheCaOfAPkcs7BundleAsDerAndPem() {
        X509Certificate other = TestCertificates.generate("CA Daerah", FROM, 3650, "keyCertSign", true);
        byte[] bundle = TestCertificates.pkcs7(other, certificate);
        CertificateFiles.Read der = CertificateFiles.read(bundle);
        readsTheHoldersFields(der);
        assertThat(der.source()).isEqualTo(CertificateSource.PKCS7);
        CertificateFiles.Read pem = CertificateFiles.read(TestCertificates.pem("PKCS7", bundle)
                .getBytes(StandardCharsets.US_ASCII));
        readsTheHoldersFields(pem);
        assertThat(pem.source()).isEqualTo(CertificateSource.PKCS7);
    }

    @Test
    void au9MalformedFilesAre400NamingTheFile() {
        byte[] der = TestCertificates.der(certificate);
        byte[][] bad = {new byte[0], "bukan sertifikat".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(der, der.length / 2), "-----BEGIN CERTIFICATE-----\n%%%\n-----END CERTIFICATE-----\n"
                .getBytes(StandardCharsets.US_ASCII), "-----BEGIN PKCS7-----\nAAAA\n-----END PKCS7-----\n"
                .getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(TestCertificates.pkcs7(certificate), 40),
                new byte[CertificateFiles.MAX_BYTES + 1]};
        for (byte[] file : bad) {
            assertThatThrownBy(() -> CertificateFiles.read(file)).as(new String(file, 0, Math.min(file.length, 30),
                    StandardCharsets.ISO_8859_1)).isInstanceOfSatisfying(InvalidRequestException.class,
                    e -> assertThat(e.parameter()).isEqualTo("file"));
        }
    }
}
