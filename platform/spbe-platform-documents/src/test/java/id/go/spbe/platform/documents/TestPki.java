package id.go.spbe.platform.documents;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throw-away certificate authorities and signers for tests, made with BouncyCastle on the fly (no key material is
 * checked in). Names follow the BSrE pattern so the reported signer and issuer read like real ones.
 */
public final class TestPki {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private static final Instant NOW = Instant.now();

    private TestPki() {
    }

    /**
     * A key pair with its certificate and the chain above it (issuers, root last).
     *
     * @param chain the certificate followed by its issuers, as a signer embeds them
     */
    public record Identity(KeyPair keys, X509Certificate certificate, List<X509Certificate> chain) {
    }

    public static Identity rootCa(String commonName) {
        KeyPair keys = rsa();
        X509Certificate cert = certificate(name(commonName), keys, name(commonName), keys, true, false,
                NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(3650)));
        return new Identity(keys, cert, List.of(cert));
    }

    public static Identity intermediateCa(Identity issuer, String commonName) {
        return issue(issuer, commonName, true, false, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(1000)));
    }

    /** An end-entity signing certificate, valid from a month ago for a year. */
    public static Identity signer(Identity issuer, String commonName) {
        return issue(issuer, commonName, false, false, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)));
    }

    /** A signing certificate that expired before the signatures made with it in tests. */
    public static Identity expiredSigner(Identity issuer, String commonName) {
        return issue(issuer, commonName, false, false, NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(35)));
    }

    /** A self-signed "official" nobody vouches for. */
    public static Identity selfSigned(String commonName) {
        KeyPair keys = rsa();
        X509Certificate cert = certificate(name(commonName), keys, name(commonName), keys, false, false,
                NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)));
        return new Identity(keys, cert, List.of(cert));
    }

    /** A time-stamping authority (RFC 3161 needs the critical timeStamping extended key usage). */
    public static Identity timestampAuthority(Identity issuer, String commonName) {
        return issue(issuer, commonName, false, true, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)));
    }

    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Identity issue(Identity issuer, String commonName, boolean ca, boolean timestamping,
            Instant notBefore, Instant notAfter) {
        KeyPair keys = rsa();
        X509Certificate cert = certificate(name(commonName), keys,
                X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()), issuer.keys(), ca,
                timestamping, notBefore, notAfter);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(cert);
        chain.addAll(issuer.chain());
        return new Identity(keys, cert, List.copyOf(chain));
    }

    private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer,
            KeyPair issuerKeys, boolean ca, boolean timestamping, Instant notBefore, Instant notAfter) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (timestamping) {
                builder.addExtension(Extension.extendedKeyUsage, true,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        }
    }

    private static X500Name name(String commonName) {
        // Encoded country first, as real certificates are, so RFC 2253 strings read "CN=..., O=..., C=ID".
        return new X500Name("C=ID, O=Pemerintah Kabupaten Rejang Lebong, CN=" + commonName);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
