package id.go.spbe.servicedesk.ticket.domain;

/** The registered site (N1) a ticket names, its name and address as copied when the ticket was opened (S1). */
public record AffectedSite(String id, String name, String address) {
}
