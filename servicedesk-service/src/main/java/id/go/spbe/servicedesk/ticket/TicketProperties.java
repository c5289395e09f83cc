package id.go.spbe.servicedesk.ticket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Ticket settings of the service ({@code servicedesk.tickets}).
 *
 * @param reopenWindow how long after its resolution a ticket may be reopened (then a new ticket is needed)
 */
@ConfigurationProperties("servicedesk.tickets")
public record TicketProperties(@DefaultValue("P14D") Duration reopenWindow) {
}
