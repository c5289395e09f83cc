package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.roster.ServicedeskRegulation;
import id.go.spbe.servicedesk.ticket.domain.ChangeStep;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Change management (S6): a PERUBAHAN ticket goes request → analysis → approval → development → implementation →
 * monitoring/evaluation, one step at a time. The desk holding the change takes the work steps; the approval decision
 * belongs to the role the regulation profile names ({@code spbe.regulation.servicedesk.change-approver}), who is
 * not the desk. Another OPD's change is a 404 like any ticket; a ticket of another type here is a 404 too.
 */
@Service
public class ChangeWorkflow {

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final ServicedeskRegulation regulation;
    private final Clock clock;

    ChangeWorkflow(TicketRepository tickets, TicketAccess access, ServicedeskRegulation regulation, Clock clock) {
        this.tickets = tickets;
        this.access = access;
        this.regulation = regulation;
        this.clock = clock;
    }

    /** The change, if the caller may read it and it is one (404 otherwise). */
    public Ticket get(Caller caller, String id) {
        Ticket ticket = access.forReading(caller, id);
        if (ticket.type() != TicketType.PERUBAHAN) {
            throw new NotFoundException("Perubahan", id);
        }
        return ticket;
    }

    public String approverRole() {
        return regulation.changeApprover();
    }

    /** Takes {@code step} with its note (a refusal's reason); 403 for a caller who may not take it. */
    public Ticket advance(Caller caller, String id, ChangeStep.Kind step, String note, String ifMatch) {
        Ticket change = get(caller, id);
        if (step.decision()) {
            if (!caller.hasRole(regulation.changeApprover())) {
                throw new AccessDeniedException("only " + regulation.changeApprover() + " decides on a change (S6)");
            }
        } else if (!TicketAccess.works(caller, change)) {
            throw new AccessDeniedException("only the desk holding the change takes its work steps");
        }
        ETags.checkIfMatch(ifMatch, change.version());
        change.advanceChange(step, note, caller.username(), step.decision() ? regulation.changeApprover() : null,
                clock.instant());
        return tickets.save(change);
    }
}
