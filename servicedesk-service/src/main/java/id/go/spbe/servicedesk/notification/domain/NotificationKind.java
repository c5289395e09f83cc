package id.go.spbe.servicedesk.notification.domain;

/** What a notification tells about a ticket: the moments the issue names (assignment … breach warning). */
public enum NotificationKind {
    /** A new ticket is in the queue (Tier 1 of the OPD, or Tier 2 for a security incident, S8). */
    TICKET_OPENED,
    TICKET_ASSIGNED,
    PUBLIC_COMMENT,
    /** Only the agent side: an internal comment never reaches the requester. */
    INTERNAL_COMMENT,
    /** The agent asked the requester for information; the SLA clocks pause (S5). */
    INFORMATION_REQUESTED,
    /** To Tier 2 (S3), by an agent or automatically when nobody took the ticket in time (S5). */
    TICKET_ESCALATED,
    TICKET_RESOLVED,
    SLA_WARNING,
    SLA_BREACHED
}
