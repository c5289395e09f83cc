package id.go.spbe.servicedesk.notification.domain;

/**
 * What a notification tells about a ticket: the moments the issue names (assignment … breach warning), and the
 * end of a ticket's life the requester and its holder both care about (reopening, closure, the requester's rating).
 * Each belongs to one {@link MailTopic}, the unit a user switches e-mail on or off by.
 */
public enum NotificationKind {
    /** A new ticket is in the queue (Tier 1 of the OPD, or Tier 2 for a security incident, S8). */
    TICKET_OPENED(MailTopic.ASSIGNMENT),
    TICKET_ASSIGNED(MailTopic.ASSIGNMENT),
    PUBLIC_COMMENT(MailTopic.COMMENT),
    /** Only the agent side: an internal comment never reaches the requester. */
    INTERNAL_COMMENT(MailTopic.COMMENT),
    /** The agent asked the requester for information; the SLA clocks pause (S5). */
    INFORMATION_REQUESTED(MailTopic.INFORMATION_REQUEST),
    /** To Tier 2 (S3), by an agent or automatically when nobody took the ticket in time (S5). */
    TICKET_ESCALATED(MailTopic.ESCALATION),
    TICKET_RESOLVED(MailTopic.RESOLUTION),
    /** The resolution did not hold: the ticket is open again with the agent who resolved it. */
    TICKET_REOPENED(MailTopic.RESOLUTION),
    TICKET_CLOSED(MailTopic.RESOLUTION),
    /** CSAT: the requester rated the closed ticket; its holder hears the score (never the comment). */
    SATISFACTION_RATED(MailTopic.RESOLUTION),
    SLA_WARNING(MailTopic.BREACH_WARNING),
    SLA_BREACHED(MailTopic.BREACH_WARNING);

    private final MailTopic topic;

    NotificationKind(MailTopic topic) {
        this.topic = topic;
    }

    /** The preference that decides whether this kind also goes by e-mail. */
    public MailTopic topic() {
        return topic;
    }
}
