package id.go.spbe.servicedesk.ticket.domain;

/**
 * Every status a ticket can be in. Which of them a ticket passes through, and in which order, is its type's life
 * cycle ({@link TicketType#next(TicketStatus)}): a problem has a known-error stage, a change follows the S6 stages, the
 * others wait on their requester.
 */
public enum TicketStatus {
    /** In a queue, nobody owns it yet. */
    NEW,
    ASSIGNED,
    /** The agent asked the requester for information; the SLA is paused (S5). */
    WAITING_FOR_REQUESTER,
    /** MASALAH: root cause recorded, a workaround may exist. */
    KNOWN_ERROR,
    /** PERUBAHAN stages (S6): request → analysis → approval → development → implementation → evaluation. */
    ANALYSIS, APPROVAL, DEVELOPMENT, IMPLEMENTATION, EVALUATION,
    RESOLVED,
    CLOSED;

    /** Whether work on the ticket is finished (no clock runs). */
    public boolean done() {
        return this == RESOLVED || this == CLOSED;
    }
}
