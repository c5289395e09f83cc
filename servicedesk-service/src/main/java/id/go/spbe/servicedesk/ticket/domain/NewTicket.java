package id.go.spbe.servicedesk.ticket.domain;

/**
 * What the requester tells when opening a ticket (S1). {@code reportedBy} names who raised it outside the platform,
 * e.g. the citizen whose complaint an OPD's complaint channel forwards over the API.
 */
public record NewTicket(TicketType type, Category category, String title, String description, Level impact,
        Level urgency, String affectedSite, String reportedBy) {
}
