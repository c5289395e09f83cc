package id.go.spbe.servicedesk.ticket.domain;

/** The registered application a ticket concerns, as the application register named it when the ticket was opened. */
public record AffectedApplication(String id, String name, String ownerOpd) {
}
