package id.go.spbe.servicedesk.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code servicedesk.notifications.*}.
 *
 * @param spaBaseUrl   where the SPA runs; an e-mail links to {@code <spaBaseUrl>/layanan/tiket/<id>}
 * @param tier2Mailbox Dinas's Tier 2 (service-centre) mailbox: the address of the Tier 2 queue; empty for none
 * @param mail         sending e-mail
 */
@ConfigurationProperties("servicedesk.notifications")
public record NotificationProperties(String spaBaseUrl, String tier2Mailbox, Mail mail) {

    public NotificationProperties {
        spaBaseUrl = spaBaseUrl == null || spaBaseUrl.isBlank() ? "http://localhost:5173"
                : spaBaseUrl.replaceAll("/+$", "");
        tier2Mailbox = tier2Mailbox == null || tier2Mailbox.isBlank() ? null : tier2Mailbox.trim();
        mail = mail == null ? new Mail(true, null, null, null, null, null, 0) : mail;
    }

    /**
     * @param enabled        false switches e-mail off (inbox only); mail is sent only when Spring's mail sender exists,
     *                       i.e. {@code spring.mail.host} is set
     * @param from           the sender address
     * @param interval       how often the mail job looks for mail due
     * @param initialBackoff delay before the first retry; doubled after each failure
     * @param maxBackoff     the longest delay between two attempts
     * @param maxAttempts    attempts before the mail is FAILED
     */
    public record Mail(boolean enabled, String from, Duration interval, Duration initialBackoff, Duration maxBackoff,
            Integer batch, int maxAttempts) {

        public Mail {
            from = from == null || from.isBlank() ? "layanan-tik@localhost" : from.trim();
            interval = interval == null ? Duration.ofSeconds(30) : interval;
            initialBackoff = initialBackoff == null ? Duration.ofMinutes(1) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
            batch = batch == null || batch < 1 ? 50 : batch;
            maxAttempts = maxAttempts < 1 ? 8 : maxAttempts;
        }

        /** The delay after the {@code attempts}-th failure: initial × 2^(attempts−1), at most {@code maxBackoff}. */
        public Duration backoffAfter(int attempts) {
            Duration d = initialBackoff;
            for (int i = 1; i < attempts && d.compareTo(maxBackoff) < 0; i++) {
                d = d.multipliedBy(2);
            }
            return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
        }
    }
}
