package id.go.spbe.servicedesk.roster.domain;

/**
 * An agent of Dinas's Tier 2 desk (S3; in a SERVICE_CENTRE region the service centre's staff): {@code username} is the
 * Keycloak user, {@code email} where the desk's notifications reach them. {@code active} false keeps an agent on the
 * roster (on leave, moved) without addressing them.
 */
public record Tier2Agent(String username, String name, String email, boolean active) {
}
