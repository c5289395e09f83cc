package id.go.spbe.audit.certificate.domain;

import id.go.spbe.platform.problem.InvalidRequestException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the register records of an electronic certificate (AU9): its holder and OPD, and the technical fields that
 * identify it (issuer + serial number) and bound its validity.
 *
 * @param subject the subject's distinguished name, when read from a file
 */
public record CertificateDetails(String holder, String opdCode, String issuer, String serialNumber,
        Instant notBefore, Instant notAfter, List<KeyUsage> keyUsage, String subject) {

    public CertificateDetails {
        serialNumber = normalisedSerial(serialNumber);
        keyUsage = keyUsage == null ? List.of() : keyUsage.stream().distinct().sorted().toList();
        if (!notAfter.isAfter(notBefore)) {
            throw new InvalidRequestException("notAfter", "Masa berlaku sertifikat tidak valid: notAfter harus "
                    + "setelah notBefore.");
        }
    }

    /** Serials are hexadecimal; the same serial typed with colons, spaces, lower case or leading zeros is one. */
    public static String normalisedSerial(String serial) {
        String hex = serial.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT).replaceFirst("^0+(?=.)", "");
        return hex;
    }

    /** The same certificate (issuer and serial and validity and key usage) with another holder or OPD. */
    public boolean sameTechnicalFields(CertificateDetails other) {
        return issuer.equals(other.issuer) && serialNumber.equals(other.serialNumber)
                && notBefore.equals(other.notBefore) && notAfter.equals(other.notAfter)
                && keyUsage.equals(other.keyUsage);
    }
}
