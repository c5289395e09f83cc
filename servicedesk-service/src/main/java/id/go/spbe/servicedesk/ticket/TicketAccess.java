package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and work a ticket (S2, S3, SEC1). Another OPD's ticket is a 404, also after escalation; region-wide
 * roles (Dinas, Tier 2, auditors, coordinators) see all. A ticket at Tier 1 is worked by the Tier 1 agents of its
 * OPD; once escalated, only Tier 2 agents act on it (403 for Tier 1, who still reads it). In a SERVICE_CENTRE region
 * the central desk's agents (TIER2_AGENT: Dinas staff) work every ticket.
 */
@Component
public class TicketAccess {

    private final TicketRepository tickets;

    TicketAccess(TicketRepository tickets) {
        this.tickets = tickets;
    }

    public Ticket forReading(Caller caller, String id) {
        return caller.visible(tickets.findById(id), Ticket::requesterOpd)
                .orElseThrow(() -> new NotFoundException("Tiket", id));
    }

    /** The ticket if the caller is one of the agents who work it now; 403 otherwise (404 if not visible). */
    public Ticket forWorking(Caller caller, String id) {
        Ticket ticket = forReading(caller, id);
        if (!works(caller, ticket)) {
            throw new AccessDeniedException(ticket.tier() == Tier.TIER1
                    ? "only the OPD's Tier 1 agents work this ticket"
                    : "only Tier 2 agents act on an escalated ticket (S3)");
        }
        return ticket;
    }

    /** Whether the caller is an agent of the desk that holds the ticket now. */
    public static boolean works(Caller caller, Ticket ticket) {
        return switch (ticket.tier()) {
            case TIER1 -> caller.hasRole(Roles.TIER1_AGENT) && ticket.requesterOpd().equals(caller.opd());
            case TIER2, SERVICE_CENTRE -> caller.hasRole(Roles.TIER2_AGENT);
        };
    }

    /** The requester's side: the OPD's staff and machine clients, and Dinas acting for it. */
    public static boolean speaksForRequester(Caller caller, Ticket ticket) {
        return (caller.hasRole(Roles.OPD_OPERATOR) || caller.hasRole(Roles.INTEGRATION)
                || caller.hasRole(Roles.DINAS_ADMIN)) && caller.mayActFor(ticket.requesterOpd());
    }

    /** Internal comments are for the desk and its supervisors, never for the requester's side (S2). */
    public static boolean readsInternal(Caller caller, Ticket ticket) {
        return caller.hasRole(Roles.TIER2_AGENT) || caller.hasRole(Roles.DINAS_ADMIN)
                || caller.hasRole(Roles.AUDITOR)
                || caller.hasRole(Roles.TIER1_AGENT) && ticket.requesterOpd().equals(caller.opd());
    }
}
