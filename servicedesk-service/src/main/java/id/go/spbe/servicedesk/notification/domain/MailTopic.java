package id.go.spbe.servicedesk.notification.domain;

/**
 * The kinds of notification a user may take or refuse by e-mail — the six the issue names. The in-app inbox gets
 * every kind whatever the preference: it is the user's record of what concerned them on each ticket (an agent's
 * request for information they never saw by mail still pauses the SLA clock, S5), so it cannot be switched off;
 * e-mail is only a copy delivered elsewhere.
 */
public enum MailTopic {
    /** A ticket assigned to you, or new in your queue. */
    ASSIGNMENT,
    /** A comment on a ticket you asked for or hold. */
    COMMENT,
    /** The desk asks you for information (the SLA pauses until you answer). */
    INFORMATION_REQUEST,
    /** A ticket went to Tier 2. */
    ESCALATION,
    /** Resolved, reopened, closed, and the requester's satisfaction rating. */
    RESOLUTION,
    /** An SLA target about to be missed or missed (S5). */
    BREACH_WARNING
}
