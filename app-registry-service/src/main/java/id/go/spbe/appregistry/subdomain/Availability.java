package id.go.spbe.appregistry.subdomain;

/**
 * Whether a name could be requested now, for forms that check as the user types.
 *
 * @param name    the name as asked
 * @param label   its canonical label, when valid
 * @param fqdn    its full name, when valid
 * @param verdict the answer
 * @param reason  why it is not available (Bahasa Indonesia); {@code null} when it is
 */
public record Availability(String name, String label, String fqdn, Verdict verdict, String reason) {

    public enum Verdict {
        AVAILABLE, TAKEN, RESERVED, INVALID
    }
}
