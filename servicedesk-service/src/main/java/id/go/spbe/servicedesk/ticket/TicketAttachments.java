package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.documents.OwnerRef;
import id.go.spbe.platform.documents.StoredDocument;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.servicedesk.ticket.domain.Attachment;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.io.InputStream;
import java.time.Clock;

/**
 * Attachments of a ticket through the platform's document store: the caller's right is checked before a byte is
 * read, the store spools, sniffs (415), limits (413) and keeps the file with its SHA-256; the ticket records it. When
 * the ticket refuses or the save loses a race, the stored file is deleted again.
 */
@Service
public class TicketAttachments {

    public static final String OWNER_TYPE = "ticket";
    private static final Logger log = LoggerFactory.getLogger(TicketAttachments.class);

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final DocumentStore store;
    private final Clock clock;

    TicketAttachments(TicketRepository tickets, TicketAccess access, DocumentStore store, Clock clock) {
        this.tickets = tickets;
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    public record Download(Attachment attachment, DocumentStore.StoredFile file) {
    }

    /** The desk holding the ticket and the requester's side attach files. */
    public Attachment attach(Caller caller, String id, String filename, InputStream content) {
        Ticket ticket = mayAttach(caller, id);
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new StateConflictException("Tiket sudah ditutup; buka kembali untuk melampirkan berkas.");
        }
        StoredDocument stored = store.deposit(new OwnerRef(OWNER_TYPE, id), TicketAttachmentKinds.ATTACHMENT,
                filename, content, caller.username());
        try {
            Ticket fresh = mayAttach(caller, id);
            Attachment attachment = fresh.attach(stored.id(), stored.filename(), stored.mediaType(),
                    stored.sizeBytes(), stored.sha256(), caller.username(), clock.instant());
            tickets.save(fresh);
            return attachment;
        } catch (RuntimeException refused) {
            try {
                store.delete(stored.id());
            } catch (RuntimeException cleanup) {
                log.error("Stored attachment {} of ticket {} was not recorded and could not be deleted", stored.id(),
                        id, cleanup);
                refused.addSuppressed(cleanup);
            }
            throw refused;
        }
    }

    /** Everyone who may read the ticket may download its attachments. */
    public Download download(Caller caller, String id, String fileId) {
        Ticket ticket = access.forReading(caller, id);
        Attachment attachment = ticket.attachment(fileId)
                .orElseThrow(() -> new NotFoundException("Lampiran", fileId));
        DocumentStore.StoredFile file = store.open(fileId)
                .orElseThrow(() -> new NotFoundException("Lampiran", fileId));
        return new Download(attachment, file);
    }

    private Ticket mayAttach(Caller caller, String id) {
        Ticket ticket = access.forReading(caller, id);
        if (!TicketAccess.works(caller, ticket) && !TicketAccess.speaksForRequester(caller, ticket)) {
            throw new AccessDeniedException("only the desk holding the ticket and the requester's side attach files");
        }
        return ticket;
    }
}
