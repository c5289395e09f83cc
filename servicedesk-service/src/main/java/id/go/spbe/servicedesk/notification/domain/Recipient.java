package id.go.spbe.servicedesk.notification.domain;

/**
 * One addressee of a notification: a person ({@code username}, the token's {@code preferred_username}) or a whole
 * desk nobody on which is known by name ({@code audienceRole}: every holder of that role sees the entry, e.g. the
 * Tier 2 agents). {@code email} is where the mail goes, null when none is known (in-app inbox only).
 */
public record Recipient(String username, String audienceRole, String email, Relation relation) {

    public static Recipient person(String username, String email, Relation relation) {
        return new Recipient(username, null, blankToNull(email), relation);
    }

    public static Recipient desk(String role, String mailbox) {
        return new Recipient(null, role, blankToNull(mailbox), Relation.QUEUE);
    }

    /** The inbox address: {@code user:<username>} or {@code role:<role>}; one entry per event and key. */
    public String key() {
        return username != null ? "user:" + username : "role:" + audienceRole;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
