package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.application.ApplicationAccess;
import id.go.spbe.appregistry.application.ApplicationWorkflow;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.application.domain.DocumentVersion;
import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.documents.OwnerRef;
import id.go.spbe.platform.documents.StoredDocument;
import id.go.spbe.platform.documents.signature.SignatureCheck;
import id.go.spbe.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.InputStream;

/**
 * Depositing a document (A7, A8, SEC1, SEC3): the caller's right is checked before a byte is read, the platform's
 * document store spools, sniffs, checks the signature and stores the file, and the application aggregate records it as
 * the next immutable version of its kind. When the aggregate refuses or the save loses a race, the stored file is
 * deleted again so no orphan remains; when storing fails, nothing is recorded.
 */
@Service
public class DocumentDeposit {

    /** The owner type under which application documents are stored. */
    public static final String OWNER_TYPE = "application";

    private static final Logger log = LoggerFactory.getLogger(DocumentDeposit.class);

    private final ApplicationAccess access;
    private final ApplicationWorkflow workflow;
    private final DocumentStore store;

    DocumentDeposit(ApplicationAccess access, ApplicationWorkflow workflow, DocumentStore store) {
        this.access = access;
        this.workflow = workflow;
        this.store = store;
    }

    /** A recorded version together with what the signature check found. */
    public record Deposited(String applicationId, DocumentVersion version, SignatureCheck signature) {
    }

    public Deposited deposit(Caller caller, String applicationId, DocumentKind kind, String clientFilename,
            InputStream content) {
        // Decided before the bytes are spooled or inspected: another OPD gets its 404, a reader its 403.
        access.forEditing(caller, applicationId);
        StoredDocument stored = store.deposit(new OwnerRef(OWNER_TYPE, applicationId), kind.name(), clientFilename,
                content, caller.username());
        return record(caller, applicationId, kind, stored);
    }

    private Deposited record(Caller caller, String applicationId, DocumentKind kind, StoredDocument stored) {
        try {
            // Loaded again: the upload took time, and the aggregate must decide on its current state.
            Application app = access.forEditing(caller, applicationId);
            DocumentVersion version = workflow.addDocument(caller, app, kind, stored.id(), stored.filename(),
                    stored.mediaType(), stored.sizeBytes(), stored.sha256(), signatureOf(stored.signature()));
            return new Deposited(applicationId, version, stored.signature());
        } catch (RuntimeException refused) {
            try {
                store.delete(stored.id());
            } catch (RuntimeException cleanup) {
                log.error("Stored document {} of application {} was not recorded and could not be deleted",
                        stored.id(), applicationId, cleanup);
                refused.addSuppressed(cleanup);
            }
            throw refused;
        }
    }

    /** Intact signatures are kept on the version, untrusted ones too, so the claimed signer stays visible. */
    private static DocumentVersion.Signature signatureOf(SignatureCheck check) {
        DocumentVersion.Signature.Trust trust = switch (check.status()) {
            case TRUSTED -> DocumentVersion.Signature.Trust.TRUSTED;
            case INTACT -> DocumentVersion.Signature.Trust.NOT_CHECKED;
            case UNTRUSTED -> DocumentVersion.Signature.Trust.UNTRUSTED;
            case UNSIGNED, INVALID -> null;
        };
        return trust == null ? null
                : new DocumentVersion.Signature(check.signer(), check.issuer(), check.signedAt(), check.format(), trust);
    }
}
