package id.go.spbe.audit.certificate;

import id.go.spbe.audit.certificate.domain.CertificateMonitoring;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Binds the AU9 switch of {@code spbe.regulation.audit} from the active regulation profile. */
@ConfigurationProperties("spbe.regulation.audit")
record CertificateRegulationProperties(boolean certificateMonitoring) {

    CertificateMonitoring toMonitoring() {
        return new CertificateMonitoring(certificateMonitoring);
    }
}
