package id.go.spbe.audit.certificate.domain;

/** Where an entry's technical fields come from: typed by hand, or read from an uploaded file. */
public enum CertificateSource {
    MANUAL, X509, PKCS7;

    public boolean fromFile() {
        return this != MANUAL;
    }
}
