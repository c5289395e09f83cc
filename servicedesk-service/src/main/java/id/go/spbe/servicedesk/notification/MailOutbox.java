package id.go.spbe.servicedesk.notification;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Sends the queued e-mails (job {@value #JOB} on the platform scheduler, one replica at a time). Delivery is at
 * least once: a mail is marked SENT after the SMTP server accepted it, so a crash in between sends it again. A
 * failure is counted and retried after {@code initial-backoff × 2^(attempts−1)} (at most {@code max-backoff}); after
 * {@code max-attempts} the mail is FAILED, listed for Dinas, who may queue it again once the cause is fixed.
 */
@Component
public class MailOutbox {

    public static final String JOB = "notification-mail";
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final MongoTemplate mongo;
    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationProperties.Mail settings;
    private final Clock clock;
    private final MeterRegistry meters;

    MailOutbox(ScheduledJobs jobs, MongoTemplate mongo, ObjectProvider<JavaMailSender> senders,
            NotificationProperties properties, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.senders = senders;
        this.settings = properties.mail();
        this.clock = clock;
        this.meters = meters;
        if (enabled()) {
            jobs.job(JOB).every(settings.interval()).schedule(this::sendDue);
        } else {
            log.info("E-mail notifications are off (servicedesk.notifications.mail.enabled=false or no spring.mail.host)"
                    + "; notifications go to the in-app inbox only");
        }
    }

    /** Whether e-mail is sent at all: switched on and Spring's mail sender configured ({@code spring.mail.host}). */
    public boolean enabled() {
        return settings.enabled() && senders.getIfAvailable() != null;
    }

    /** Sends every mail due now, oldest first, one batch; returns how many the SMTP server accepted. */
    public int sendDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || !settings.enabled()) {
            return 0;
        }
        Instant now = clock.instant();
        List<PendingMail> due = mongo.find(Query.query(Criteria.where("status").is(MailStatus.PENDING)
                .and("nextAttemptAt").lte(now)).with(Sort.by("nextAttemptAt", "_id")).limit(settings.batch()),
                PendingMail.class);
        int sent = 0;
        for (PendingMail mail : due) {
            Query same = Query.query(Criteria.where("_id").is(mail.id()).and("status").is(MailStatus.PENDING)
                    .and("attempts").is(mail.attempts()));
            int attempts = mail.attempts() + 1;
            try {
                sender.send(message(sender, mail));
                mongo.updateFirst(same, new Update().set("status", MailStatus.SENT).set("attempts", attempts)
                        .set("sentAt", clock.instant()).unset("lastError"), PendingMail.class);
                meters.counter("servicedesk.notifications.mails", "outcome", "sent").increment();
                sent++;
            } catch (MailException | MessagingException e) {
                boolean last = attempts >= settings.maxAttempts();
                String error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
                mongo.updateFirst(same, new Update().set("attempts", attempts)
                        .set("status", last ? MailStatus.FAILED : MailStatus.PENDING)
                        .set("nextAttemptAt", last ? null : now.plus(settings.backoffAfter(attempts)))
                        .set("lastError", error.length() > 500 ? error.substring(0, 500) : error), PendingMail.class);
                meters.counter("servicedesk.notifications.mails", "outcome", last ? "failed" : "retry").increment();
                log.warn("Mail {} to {} not sent (attempt {} of {}): {}", mail.id(), mail.to(), attempts,
                        settings.maxAttempts(), error);
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender sender, PendingMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        return message;
    }

    /** Dinas's view of the mails, e.g. the FAILED ones (status), newest first by default. */
    public Page<PendingMail> list(MailStatus status, Pageable page) {
        Query query = status == null ? new Query() : Query.query(Criteria.where("status").is(status));
        long total = mongo.count(query, PendingMail.class);
        return new PageImpl<>(mongo.find(query.with(page), PendingMail.class), page, total);
    }

    /** Queues a FAILED mail again (409 for any other), with its attempts counted afresh. */
    public PendingMail retry(String id) {
        PendingMail mail = mongo.findById(id, PendingMail.class);
        if (mail == null) {
            throw new NotFoundException("notification-mail", id);
        }
        if (mail.status() != MailStatus.FAILED) {
            throw new StateConflictException("Hanya e-mail berstatus FAILED yang dapat dikirim ulang; status e-mail "
                    + "ini " + mail.status() + ".");
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(MailStatus.FAILED)),
                new Update().set("status", MailStatus.PENDING).set("attempts", 0)
                        .set("nextAttemptAt", clock.instant()), PendingMail.class);
        return mongo.findById(id, PendingMail.class);
    }
}
