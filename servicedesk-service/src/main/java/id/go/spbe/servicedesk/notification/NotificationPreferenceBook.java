package id.go.spbe.servicedesk.notification;

import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.notification.domain.MailTopic;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Set;

/**
 * Each user's e-mail preferences, read and replaced by that user only (the username comes from the token, never
 * from the request), and consulted by {@link TicketNotifier} before it queues a mail to a person.
 */
@Service
public class NotificationPreferenceBook {

    private final MongoTemplate mongo;
    private final Clock clock;

    NotificationPreferenceBook(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public NotificationPreferences of(String username) {
        NotificationPreferences stored = mongo.findById(username, NotificationPreferences.class);
        return stored != null ? stored : NotificationPreferences.defaults(username);
    }

    public NotificationPreferences mine(Caller caller) {
        return of(caller.username());
    }

    /** Whether {@code username} takes {@code topic} by e-mail (true unless they switched it off). */
    public boolean mails(String username, MailTopic topic) {
        return username == null || of(username).mails(topic);
    }

    /**
     * Replaces the caller's preferences: {@code mailOff} is the whole set of topics not mailed. {@code If-Match}
     * with a stale version: 412; a concurrent change between the check and the write: 409.
     */
    public NotificationPreferences replace(Caller caller, Set<MailTopic> mailOff, String ifMatch) {
        NotificationPreferences current = mine(caller);
        ETags.checkIfMatch(ifMatch, current.version());
        NotificationPreferences next = new NotificationPreferences(caller.username(), current.version() + 1,
                mailOff, clock.instant());
        if (current.version() == 0) {
            try {
                mongo.insert(next);
            } catch (DuplicateKeyException raced) {
                throw changedMeanwhile();
            }
            return next;
        }
        var result = mongo.updateFirst(Query.query(Criteria.where("_id").is(caller.username())
                        .and("version").is(current.version())),
                new Update().set("version", next.version()).set("mailOff", next.mailOff())
                        .set("updatedAt", next.updatedAt()), NotificationPreferences.class);
        if (result.getMatchedCount() == 0) {
            throw changedMeanwhile();
        }
        return next;
    }

    private static StateConflictException changedMeanwhile() {
        return new StateConflictException("Preferensi notifikasi diubah di tempat lain pada saat yang sama; muat "
                + "ulang lalu simpan lagi.");
    }
}
