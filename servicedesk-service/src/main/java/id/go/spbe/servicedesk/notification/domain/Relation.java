package id.go.spbe.servicedesk.notification.domain;

/** Why a recipient is told: the ticket is theirs, they hold it, or it waits in their queue. */
public enum Relation {
    REQUESTER,
    ASSIGNEE,
    QUEUE
}
