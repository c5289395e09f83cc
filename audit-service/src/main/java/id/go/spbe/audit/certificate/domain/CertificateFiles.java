package id.go.spbe.audit.certificate.domain;

import id.go.spbe.platform.problem.InvalidRequestException;

import javax.security.auth.x500.X500Principal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPath;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Reads a certificate entry from an uploaded file with {@code java.security.cert} only: an X.509 certificate (PEM or
 * DER) or a PKCS#7 bundle (PEM or DER), whose end-entity certificate (the holder's) is registered. Anything unreadable is a 400 naming {@code file}, never a 500.
 */
public final class CertificateFiles {

    /** Certificates are a few kilobytes; a bundle with a long chain stays far below this. */
    public static final int MAX_BYTES = 64 * 1024;

    private CertificateFiles() {
    }

    public record Read(CertificateSource source, String holder, String issuer, String serialNumber,
            java.time.Instant notBefore, java.time.Instant notAfter, List<KeyUsage> keyUsage, String subject) {

        public CertificateDetails details(String holderOverride, String opdCode) {
            return new CertificateDetails(holderOverride == null || holderOverride.isBlank() ? holder
                    : holderOverride.trim(), opdCode, issuer, serialNumber, notBefore, notAfter, keyUsage, subject);
        }
    }

    public static Read read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("file", "Berkas sertifikat kosong.");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException("file", "Berkas sertifikat lebih dari " + MAX_BYTES / 1024 + " KB.");
        }
        CertificateSource source = pkcs7(content) ? CertificateSource.PKCS7 : CertificateSource.X509;
        X509Certificate certificate = first(content, source);
        String subject = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
        return new Read(source, commonName(subject), certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                keyUsage(certificate.getKeyUsage()), subject);
    }

    private static X509Certificate first(byte[] content, CertificateSource source) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<? extends java.security.cert.Certificate> certificates;
            if (source == CertificateSource.PKCS7) {
                CertPath path = factory.generateCertPath(new ByteArrayInputStream(der(content)), "PKCS7");
                certificates = path.getCertificates();
            } else {
                Collection<? extends java.security.cert.Certificate> all =
                        factory.generateCertificates(new ByteArrayInputStream(content));
                certificates = new ArrayList<>(all);
            }
            List<X509Certificate> x509 = certificates.stream().filter(X509Certificate.class::isInstance)
                    .map(X509Certificate.class::cast).toList();
            if (x509.isEmpty()) {
                throw new InvalidRequestException("file", "Berkas tidak berisi sertifikat X.509.");
            }
            return endEntity(x509);
        } catch (CertificateException | IllegalArgumentException e) {
            throw new InvalidRequestException("file", "Berkas bukan sertifikat X.509 (PEM/DER) atau PKCS#7 yang "
                    + "valid.");
        } catch (RuntimeException e) {
            if (e instanceof InvalidRequestException invalid) {
                throw invalid;
            }
            // The JDK's parsers throw unchecked exceptions on some truncated encodings: still the file's fault.
            throw new InvalidRequestException("file", "Berkas sertifikat rusak atau terpotong.");
        }
    }

    /**
     * The holder's certificate of a bundle: PKCS#7 keeps certificates in a SET, so order means nothing. It is the one
     * that is no CA (no basic constraints) and issued none of the others; failing that, the first.
     */
    private static X509Certificate endEntity(List<X509Certificate> certificates) {
        List<X509Certificate> notCa = certificates.stream().filter(c -> c.getBasicConstraints() < 0).toList();
        List<X509Certificate> candidates = notCa.isEmpty() ? certificates : notCa;
        return candidates.stream().filter(c -> certificates.stream().noneMatch(other -> other != c
                        && other.getIssuerX500Principal().equals(c.getSubjectX500Principal())))
                .findFirst().orElse(candidates.get(0));
    }

    /** PKCS#7 as PEM ({@code -----BEGIN PKCS7-----}) or DER (SEQUENCE whose first element is the signedData OID). */
    private static boolean pkcs7(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.ISO_8859_1);
        if (head.contains("-----BEGIN PKCS7-----") || head.contains("-----BEGIN CMS-----")) {
            return true;
        }
        // 06 09 2A 86 48 86 F7 0D 01 07 02: OBJECT IDENTIFIER 1.2.840.113549.1.7.2 (signedData) near the start.
        byte[] oid = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x07, 0x02};
        for (int at = 0; at + oid.length <= Math.min(content.length, 16); at++) {
            if (java.util.Arrays.equals(content, at, at + oid.length, oid, 0, oid.length)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] der(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int begin = text.indexOf("-----BEGIN ");
        if (begin < 0) {
            return content;
        }
        int bodyStart = text.indexOf('\n', begin);
        int end = text.indexOf("-----END ", begin);
        if (bodyStart < 0 || end < bodyStart) {
            throw new IllegalArgumentException("unterminated PEM block");
        }
        return java.util.Base64.getMimeDecoder().decode(text.substring(bodyStart + 1, end));
    }

    private static String commonName(String subject) {
        try {
            for (javax.naming.ldap.Rdn rdn : new javax.naming.ldap.LdapName(subject).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            // An unusual subject: the whole name stands for the holder until someone types one.
        }
        return subject;
    }

    private static List<KeyUsage> keyUsage(boolean[] bits) {
        List<KeyUsage> usage = new ArrayList<>();
        if (bits != null) {
            KeyUsage[] all = KeyUsage.values();
            for (int i = 0; i < bits.length && i < all.length; i++) {
                if (bits[i]) {
                    usage.add(all[i]);
                }
            }
        }
        return usage;
    }
}
