package id.go.spbe.servicedesk.alerts.domain;

import id.go.spbe.servicedesk.ticket.domain.NewTicket;
import id.go.spbe.servicedesk.ticket.domain.TicketSource;

/**
 * Another service's alarm as the desk reads it: the ticket it opens for {@code opd} when no ticket of the same source
 * subject is open, or the comment ({@code repeatNote}) it adds to the open one.
 *
 * @param cause           what a later clearing event names to close this ticket (e.g. {@code outage:<id>}); null
 *                        when only a person closes it
 * @param applicationId   the registered application the event names, if any
 * @param applicationName its name as the event gives it (used when the desk's register does not know it yet)
 */
public record Alert(TicketSource source, String cause, String opd, NewTicket ticket, String applicationId,
        String applicationName, String repeatNote) {
}
