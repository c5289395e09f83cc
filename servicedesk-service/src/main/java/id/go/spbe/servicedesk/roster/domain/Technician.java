package id.go.spbe.servicedesk.roster.domain;

/** An ICT technician on an OPD's Tier 1 roster (S2); {@code username} is the Keycloak user who works the queue. */
public record Technician(String username, String name, String phone) {
}
