package id.go.spbe.servicedesk.notification;

import id.go.spbe.servicedesk.notification.domain.DeskContacts;
import id.go.spbe.servicedesk.notification.domain.NotificationTexts;
import id.go.spbe.servicedesk.notification.domain.Recipient;
import id.go.spbe.servicedesk.notification.domain.RecipientRules;
import id.go.spbe.servicedesk.notification.domain.TicketHappening;
import id.go.spbe.servicedesk.sla.BusinessCalendars;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns what happened to a ticket into inbox entries and queued e-mails for the people it concerns
 * ({@link RecipientRules}): always in the in-app inbox, and by e-mail unless the person switched that kind's
 * {@link id.go.spbe.servicedesk.notification.domain.MailTopic} off (a desk's mailbox has no preferences). Idempotent per (event id, recipient): the ids are derived from both, so a redelivered
 * event — or one handled again after a crash before the consumer's inbox marker — inserts nothing new.
 */
@Service
public class TicketNotifier {

    private final MongoTemplate mongo;
    private final DeskContacts contacts;
    private final MailOutbox mails;
    private final NotificationPreferenceBook preferences;
    private final NotificationProperties properties;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final MeterRegistry meters;

    TicketNotifier(MongoTemplate mongo, DeskContacts contacts, MailOutbox mails,
            NotificationPreferenceBook preferences, NotificationProperties properties, BusinessCalendars calendars,
            Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.contacts = contacts;
        this.mails = mails;
        this.preferences = preferences;
        this.properties = properties;
        this.calendars = calendars;
        this.clock = clock;
        this.meters = meters;
    }

    /** Delivers the notifications of one event; returns the recipients it addressed (new or already addressed). */
    public List<Recipient> notify(TicketHappening h) {
        List<Recipient> recipients = RecipientRules.recipients(h, contacts);
        ZoneId zone = calendars.zone();
        Instant now = clock.instant();
        String number = NotificationTexts.ticketNumber(h.ticketId());
        String link = properties.spaBaseUrl() + "/layanan/tiket/" + h.ticketId();
        boolean mailOn = mails.enabled();
        for (Recipient r : recipients) {
            Notification entry = new Notification(derivedId(h.eventId(), r.key()), h.eventId(), r.key(),
                    r.relation(), h.kind(), h.ticketId(), number, h.title(), h.requesterOpd(),
                    NotificationTexts.summary(h, r.relation(), zone), h.actor(), h.at(), new HashSet<>());
            if (insertOnce(entry)) {
                meters.counter("servicedesk.notifications", "kind", h.kind().name()).increment();
            }
            // the inbox entry above is written whatever the person's preferences; only the mail copy is optional
            if (mailOn && r.email() != null && preferences.mails(r.username(), h.kind().topic())) {
                insertOnce(new PendingMail(derivedId(h.eventId(), "mail:" + r.email().toLowerCase(Locale.ROOT)),
                        h.eventId(), h.kind(), h.ticketId(), r.email(), NotificationTexts.subject(h),
                        NotificationTexts.body(h, r.relation(), zone, link), MailStatus.PENDING, 0, now, null, now,
                        null));
            }
        }
        return recipients;
    }

    private boolean insertOnce(Object document) {
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException alreadyDelivered) {
            return false;
        }
    }

    static String derivedId(String eventId, String key) {
        return UUID.nameUUIDFromBytes((eventId + "|" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
