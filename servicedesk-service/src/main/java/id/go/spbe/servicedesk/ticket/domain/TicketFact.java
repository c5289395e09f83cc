package id.go.spbe.servicedesk.ticket.domain;

import java.time.Instant;

/**
 * One moment of a ticket's own history that the SLA clocks are derived from (S5). The list only grows and holds the
 * server's clock readings, so every clock can be recomputed and explained at any time, also after a priority or
 * policy change; nothing about a clock is stored that could drift from these facts.
 *
 * @param tier   the desk holding the ticket after this fact
 * @param detail what changed, for the timeline (e.g. {@code SEDANG→KRITIS}); may be null
 */
public record TicketFact(Kind kind, Instant at, String actor, Tier tier, String detail) {

    public enum Kind {
        OPENED,
        ASSIGNED,
        /** The first public answer of an agent to the requester. */
        RESPONDED,
        /** Waiting for the requester: the clocks pause. */
        WAITING,
        RESUMED,
        ESCALATED,
        REPRIORITIZED,
        /** A stage of a problem (known error) or change (S6). */
        STAGE,
        RESOLVED,
        REOPENED,
        CLOSED
    }
}
