package id.go.spbe.audit.certificate.domain;

/** Validity of a certificate on a given instant, with the expiring-soon window of the service configuration. */
public enum CertificateStatus {
    VALID, EXPIRING_SOON, EXPIRED
}
