package id.go.spbe.servicedesk.notification.web;

import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import id.go.spbe.servicedesk.notification.MailOutbox;
import id.go.spbe.servicedesk.notification.MailStatus;
import id.go.spbe.servicedesk.notification.Notification;
import id.go.spbe.servicedesk.notification.NotificationInbox;
import id.go.spbe.servicedesk.notification.PendingMail;
import id.go.spbe.servicedesk.notification.domain.NotificationKind;
import id.go.spbe.servicedesk.notification.domain.Relation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user's in-app inbox of ticket notifications, and Dinas's view of the e-mails (the FAILED ones
 * above all). Every signed-in user has an inbox; it holds only their own entries (another's id: 404).
 */
@RestController
@Tag(name = "Notifikasi", description = "In-app inbox and e-mail notifications about tickets")
class NotificationController {

    static final String BASE = "/api/v1/notifications";
    static final String ENTRY = BASE + "/{id:[0-9a-fA-F-]{1,64}}";
    static final String MAILS = BASE + "/mails";

    /**
     * One inbox entry. {@code relation}: why the caller is told (REQUESTER: their ticket; ASSIGNEE: they hold it;
     * QUEUE: it waits in their desk's queue). {@code read}: whether the caller has read it.
     */
    record NotificationView(String id, NotificationKind kind, Relation relation, String ticketId, String ticketNumber,
            String ticketTitle, String requesterOpd, String summary, String actor, Instant createdAt, boolean read) {

        static NotificationView of(Notification n, String reader) {
            return new NotificationView(n.id(), n.kind(), n.relation(), n.ticketId(), n.ticketNumber(),
                    n.ticketTitle(), n.requesterOpd(), n.summary(), n.actor(), n.createdAt(),
                    n.readBy() != null && n.readBy().contains(reader));
        }
    }

    record UnreadCount(long unread) {
    }

    record MarkedRead(long marked) {
    }

    /** A queued e-mail as Dinas sees it: to whom, about what, and how its delivery went. */
    record MailView(String id, NotificationKind kind, String ticketId, String to, String subject, MailStatus status,
            int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
            @Nullable Instant sentAt) {

        static MailView of(PendingMail m) {
            return new MailView(m.id(), m.kind(), m.ticketId(), m.to(), m.subject(), m.status(), m.attempts(),
                    m.nextAttemptAt(), m.lastError(), m.createdAt(), m.sentAt());
        }
    }

    private final NotificationInbox inbox;
    private final MailOutbox mails;

    NotificationController(NotificationInbox inbox, MailOutbox mails) {
        this.inbox = inbox;
        this.mails = mails;
    }

    @GetMapping(BASE)
    @Operation(summary = "My notifications, newest first",
            description = "The caller's own entries only: addressed to them, or to the Tier 2 desk when they are a "
                    + "Tier 2 agent, never about their own action. unread=true: only those not yet read.")
    PageResponse<NotificationView> listNotifications(@RequestParam(required = false) Boolean unread,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(inbox.list(caller, Boolean.TRUE.equals(unread),
                        PageRequests.of(page, size, sort, Set.of("createdAt"), Sort.by(Sort.Direction.DESC, "createdAt"))),
                n -> NotificationView.of(n, caller.username()));
    }

    @GetMapping(BASE + "/unread-count")
    @Operation(summary = "How many of my notifications are unread", description = "For the menu's badge.")
    UnreadCount unreadCount(Caller caller) {
        return new UnreadCount(inbox.unreadCount(caller));
    }

    @PostMapping(ENTRY + "/read")
    @Operation(summary = "Mark one of my notifications read",
            description = "Again: no change. An id that is not in the caller's inbox (someone else's): 404.")
    NotificationView markRead(@PathVariable String id, Caller caller) {
        return NotificationView.of(inbox.markRead(caller, id), caller.username());
    }

    @PostMapping(BASE + "/read-all")
    @Operation(summary = "Mark all my notifications read", description = "Returns how many were unread.")
    MarkedRead markAllRead(Caller caller) {
        return new MarkedRead(inbox.markAllRead(caller));
    }

    @GetMapping(MAILS)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "E-mail notifications and their delivery (Dinas)",
            description = "status=FAILED: the mails given up on after the last retry (SMTP down or the address "
                    + "refused), with the last error. Sort: createdAt (default newest first), nextAttemptAt, status.")
    PageResponse<MailView> listMails(@RequestParam(required = false) MailStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(mails.list(status, PageRequests.of(page, size, sort,
                Set.of("createdAt", "nextAttemptAt", "status"), Sort.by(Sort.Direction.DESC, "createdAt"))),
                MailView::of);
    }

    @PostMapping(MAILS + "/{id:[0-9a-fA-F-]{1,64}}/retry")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Send a FAILED e-mail again (Dinas)",
            description = "Queues it with its attempts counted afresh; a mail that is not FAILED: 409.")
    MailView retryMail(@PathVariable String id) {
        return MailView.of(mails.retry(id));
    }
}
