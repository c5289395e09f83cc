package id.go.spbe.audit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Certificates generated for a test with the JDK's own {@code keytool} (self-signed, random serial), so no test
 * depends on files from elsewhere; PEM, DER and PKCS#7 encodings come from {@code java.security.cert}.
 */
public final class TestCertificates {

    private static final DateTimeFormatter KEYTOOL_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private TestCertificates() {
    }

    /** A self-signed certificate for {@code commonName}, valid from {@code notBefore} for {@code days} days. */
    public static X509Certificate generate(String commonName, Instant notBefore, int days, String keyUsage) {
        return generate(commonName, notBefore, days, keyUsage, false);
    }

    /** As above; {@code ca} adds basic constraints {@code ca:true} (a certification authority's certificate). */
    public static X509Certificate generate(String commonName, Instant notBefore, int days, String keyUsage,
            boolean ca) {
        try {
            Path dir = Files.createTempDirectory("cert");
            Path store = dir.resolve("ks.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "c", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                    "CN=" + commonName + ",O=Pemerintah Daerah,C=ID", "-startdate", KEYTOOL_DATE.format(notBefore),
                    "-validity", String.valueOf(days), "-ext", "KeyUsage=" + keyUsage, "-ext", ca ? "BC=ca:true" : "SAN=dns:spbe.test", "-keystore", store.toString(),
                    "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit", "-noprompt")
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(store)) {
                keyStore.load(in, "changeit".toCharArray());
            }
            return (X509Certificate) keyStore.getCertificate("c");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(X509Certificate certificate) {
        return pem("CERTIFICATE", der(certificate));
    }

    /** A PKCS#7 (certs-only) bundle of {@code chain}, DER. */
    public static byte[] pkcs7(X509Certificate... chain) {
        try {
            return CertificateFactory.getInstance("X.509").generateCertPath(List.of(chain)).getEncoded("PKCS7");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    public static String serial(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT);
    }
}
