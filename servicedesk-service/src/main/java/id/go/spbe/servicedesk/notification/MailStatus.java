package id.go.spbe.servicedesk.notification;

/** A queued e-mail: waiting (also between retries), delivered to the SMTP server, or given up on. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED
}
