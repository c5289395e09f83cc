package id.go.spbe.audit.certificate.domain;

import id.go.spbe.platform.domain.RuleViolationException;

/**
 * Whether the region's regulation makes the ICT unit monitor electronic certificates (AU9; Maluku Tenggara p21(8,9)):
 * {@code spbe.regulation.audit.certificate-monitoring} of the active profile. Where it does not, the register is not
 * offered (422 AU9) rather than kept without a legal basis.
 */
public record CertificateMonitoring(boolean certificateMonitoring) {

    public void requireActive() {
        if (!certificateMonitoring) {
            throw new RuleViolationException("AU9", "Profil regulasi daerah ini tidak mewajibkan pemantauan "
                    + "sertifikat elektronik; register sertifikat tidak tersedia.");
        }
    }
}
