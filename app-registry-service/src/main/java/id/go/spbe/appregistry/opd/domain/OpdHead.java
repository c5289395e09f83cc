package id.go.spbe.appregistry.opd.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The head (kepala) of an OPD: the official who answers for it. Civil servants are identified by their 18-digit NIP.
 *
 * @param since the date the official took office (definitif or Plt.)
 */
public record OpdHead(String name, String nip, String positionTitle, LocalDate since) {

    private static final Pattern EIGHTEEN_DIGITS = Pattern.compile("^[0-9]{18}$");
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    public OpdHead {
        if (name == null || name.isBlank() || positionTitle == null || positionTitle.isBlank() || since == null) {
            throw new IllegalArgumentException("head needs a name, a position title and a start date");
        }
        if (!isValidNip(nip)) {
            throw new IllegalArgumentException("not a valid NIP: " + nip);
        }
        name = name.trim();
        positionTitle = positionTitle.trim();
    }

    /**
     * Whether {@code nip} is a well-formed NIP (Nomor Induk Pegawai) of a civil servant: birth date (yyyyMMdd), month
     * of appointment as CPNS (yyyyMM, not before birth), sex (1 or 2), and a sequence number from 001.
     */
    public static boolean isValidNip(String nip) {
        if (nip == null || !EIGHTEEN_DIGITS.matcher(nip).matches()) {
            return false;
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(nip.substring(0, 8), BIRTH_DATE);
        } catch (DateTimeParseException notADate) {
            return false;
        }
        int appointmentMonth = Integer.parseInt(nip.substring(12, 14));
        if (appointmentMonth < 1 || appointmentMonth > 12) {
            return false;
        }
        YearMonth appointed = YearMonth.of(Integer.parseInt(nip.substring(8, 12)), appointmentMonth);
        char sex = nip.charAt(14);
        return !appointed.isBefore(YearMonth.from(birth)) && (sex == '1' || sex == '2')
                && !nip.endsWith("000");
    }
}
