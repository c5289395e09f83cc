package id.go.spbe.servicedesk.notification;

import id.go.spbe.servicedesk.notification.domain.MailTopic;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One user's e-mail preferences: the topics they do not want by e-mail ({@code mailOff}); every other topic is
 * mailed. A user who never saved any has no document and gets every mail (version 0). {@code version} is compared
 * and raised by {@link NotificationPreferenceBook} in the same update, so two tabs cannot overwrite each other
 * unseen. The in-app inbox is not a preference: it always gets every kind ({@link MailTopic}).
 */
@Document("notification_preferences")
public record NotificationPreferences(@Id String username, long version, Set<MailTopic> mailOff,
        Instant updatedAt) {

    public NotificationPreferences {
        mailOff = mailOff == null || mailOff.isEmpty() ? EnumSet.noneOf(MailTopic.class) : EnumSet.copyOf(mailOff);
    }

    static NotificationPreferences defaults(String username) {
        return new NotificationPreferences(username, 0, Set.of(), null);
    }

    public boolean mails(MailTopic topic) {
        return !mailOff.contains(topic);
    }
}
