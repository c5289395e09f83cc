package id.go.spbe.servicedesk.notification;

import id.go.spbe.servicedesk.notification.domain.NotificationKind;
import id.go.spbe.servicedesk.notification.domain.Relation;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Set;

/**
 * One entry of the in-app inbox. Its id is derived from (event id, recipient key), so a redelivered event writes
 * nothing twice. {@code recipient} is {@code user:<username>} or {@code role:<role>} (a desk whose members are not
 * known by name — every holder of the role sees it, except the one whose action it reports); {@code readBy} holds
 * who has read it, so a desk entry is read or unread for each member on their own. {@code createdAt} is when the
 * event happened (a late redelivery still sorts where it belongs).
 */
@Document("notifications")
@CompoundIndex(name = "inbox", def = "{'recipient': 1, 'createdAt': -1}")
public record Notification(@Id String id, String eventId, String recipient, Relation relation,
        NotificationKind kind, String ticketId, String ticketNumber, String ticketTitle, String requesterOpd,
        String summary, String actor, Instant createdAt, Set<String> readBy) {
}
