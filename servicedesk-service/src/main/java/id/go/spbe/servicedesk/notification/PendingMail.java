package id.go.spbe.servicedesk.notification;

import id.go.spbe.servicedesk.notification.domain.NotificationKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * An e-mail to send, written when the notification is made and sent afterwards by the mail job, so an SMTP server
 * that is down loses nothing: each failed attempt is counted and retried later with a growing delay, and after the
 * last one the mail is FAILED and listed for Dinas. Its id is derived from (event id, address): one mail per event
 * and address however often the event is delivered.
 */
@Document("notification_mails")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
public record PendingMail(@Id String id, String eventId, NotificationKind kind, String ticketId, String to,
        String subject, String body, MailStatus status, int attempts, Instant nextAttemptAt, String lastError,
        Instant createdAt, Instant sentAt) {
}
