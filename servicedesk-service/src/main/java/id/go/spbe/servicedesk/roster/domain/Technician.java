package id.go.spbe.servicedesk.roster.domain;

/**
 * An ICT technician on an OPD's Tier 1 roster (S2); {@code username} is the Keycloak user who works the queue;
 * {@code email}, optional, is where the desk's notifications reach them besides the in-app inbox.
 */
public record Technician(String username, String name, String phone, String email) {

    /** A technician without an e-mail address (notifications reach them in the in-app inbox only). */
    public Technician(String username, String name, String phone) {
        this(username, name, phone, null);
    }
}
