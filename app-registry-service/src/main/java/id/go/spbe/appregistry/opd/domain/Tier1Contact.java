package id.go.spbe.appregistry.opd.domain;

import java.util.regex.Pattern;

/**
 * The OPD's Tier 1 service-desk contact: the ICT technician who is the OPD's single point of contact for complaints,
 * incidents and requests before anything is escalated to Dinas's Tier 2 (S2; RL p46(7)(a), BT p41(7)(a)).
 */
public record Tier1Contact(String name, String phone, String email) {

    /** An Indonesian phone number: {@code 0…} or {@code +62…}, digits optionally grouped by spaces or dashes. */
    public static final String PHONE_REGEX = "^(\\+62[ -]?|0)[1-9]([ -]?[0-9]){6,12}$";

    /** An e-mail address whose domain has at least one dot (a deliverable address, not {@code a@localhost}). */
    public static final String EMAIL_REGEX = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private static final Pattern PHONE = Pattern.compile(PHONE_REGEX);
    private static final Pattern EMAIL = Pattern.compile(EMAIL_REGEX);

    public Tier1Contact {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Tier 1 contact needs a name");
        }
        if (phone == null || !PHONE.matcher(phone.trim()).matches()) {
            throw new IllegalArgumentException("not a phone number: " + phone);
        }
        if (email == null || !EMAIL.matcher(email.trim()).matches()) {
            throw new IllegalArgumentException("not an e-mail address: " + email);
        }
        name = name.trim();
        phone = phone.trim();
        email = email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
