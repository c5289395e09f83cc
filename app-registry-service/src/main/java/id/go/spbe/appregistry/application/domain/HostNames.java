package id.go.spbe.appregistry.application.domain;

import id.go.spbe.platform.domain.RuleViolationException;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host names in the one form DNS compares them: lower-case ASCII, internationalised labels as punycode
 * ({@code xn--…}), no trailing dot. Comparing anything else (upper case, Unicode, "。" as dot) would let a name
 * slip past a domain check that a browser or resolver would treat as the same host.
 */
public final class HostNames {

    /** RFC 1123 label: letters, digits and inner hyphens, 1–63 characters (after lower-casing). */
    private static final Pattern LABEL = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$");
    private static final int MAX_LENGTH = 253;

    private HostNames() {
    }

    /**
     * The canonical ASCII form of {@code host}; a 422 (A10) naming the defect when it is not a valid DNS name.
     */
    public static String toAscii(String host) {
        if (host == null || host.isBlank()) {
            throw invalid(host, "nama kosong");
        }
        String trimmed = host.strip();
        if (trimmed.endsWith(".")) {
            // The absolute form "simpus.example.go.id." names the same host.
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(host, "hanya huruf, angka dan tanda hubung yang boleh dipakai, tanpa tanda hubung di awal "
                    + "atau akhir label, dan tanpa label kosong");
        }
        if (ascii.isEmpty() || ascii.length() > MAX_LENGTH) {
            throw invalid(host, "panjang nama harus 1-" + MAX_LENGTH + " karakter");
        }
        for (String label : ascii.split("\\.", -1)) {
            requireLabel(host, label);
        }
        return ascii;
    }

    private static void requireLabel(String host, String label) {
        if (!LABEL.matcher(label).matches()) {
            throw invalid(host, "setiap label harus 1-63 karakter huruf, angka atau tanda hubung (RFC 1123), "
                    + "tidak diawali atau diakhiri tanda hubung");
        }
        boolean hyphensAtThreeAndFour = label.length() >= 4 && label.charAt(2) == '-' && label.charAt(3) == '-';
        if (label.startsWith("xn--")) {
            if (IDN.toUnicode(label).equals(label)) {
                throw invalid(host, "label '" + label + "' bukan punycode yang sah");
            }
        } else if (hyphensAtThreeAndFour) {
            // RFC 5891 §4.2.3.1 reserves "??--" labels for IDNA encodings.
            throw invalid(host, "label dengan '--' pada posisi ketiga dan keempat dicadangkan untuk nama IDN");
        }
    }

    private static RuleViolationException invalid(String host, String why) {
        return new RuleViolationException("A10", "'" + (host == null ? "" : host.strip())
                + "' bukan nama DNS yang sah (RFC 1123): " + why + ".");
    }
}
