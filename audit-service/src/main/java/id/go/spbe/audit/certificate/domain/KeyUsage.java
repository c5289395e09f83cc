package id.go.spbe.audit.certificate.domain;

/** X.509 key usage bits (RFC 5280 §4.2.1.3), in the order {@code X509Certificate.getKeyUsage()} returns them. */
public enum KeyUsage {
    DIGITAL_SIGNATURE, NON_REPUDIATION, KEY_ENCIPHERMENT, DATA_ENCIPHERMENT, KEY_AGREEMENT, KEY_CERT_SIGN, CRL_SIGN,
    ENCIPHER_ONLY, DECIPHER_ONLY
}
