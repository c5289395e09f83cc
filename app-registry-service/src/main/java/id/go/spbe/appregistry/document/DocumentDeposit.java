package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.application.ApplicationAccess;
import id.go.spbe.appregistry.application.ApplicationWorkflow;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.application.domain.DocumentVersion;
import id.go.spbe.appregistry.document.DocumentInspector.Inspection;
import id.go.spbe.appregistry.document.signature.SignatureCheck;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Depositing a document (A7, A8, SEC1, SEC3): the caller's right is checked before a byte is read, the upload is
 * spooled with its SHA-256 and size limit, inspected (type from the bytes, signature), stored in GridFS and then
 * recorded by the application aggregate as the next immutable version of its kind. When the aggregate refuses or the
 * save loses a race, the stored file is deleted again so no orphan remains; when storing fails, nothing is recorded.
 */
@Service
public class DocumentDeposit {

    private static final Logger log = LoggerFactory.getLogger(DocumentDeposit.class);

    private final ApplicationAccess access;
    private final ApplicationWorkflow workflow;
    private final DocumentInspector inspector;
    private final DocumentStore store;
    private final long maxBytes;

    DocumentDeposit(ApplicationAccess access, ApplicationWorkflow workflow, DocumentInspector inspector,
            DocumentStore store, DocumentProperties properties) {
        this.access = access;
        this.workflow = workflow;
        this.inspector = inspector;
        this.store = store;
        this.maxBytes = properties.maxSize().toBytes();
    }

    /** A recorded version together with what the signature check found. */
    public record Deposited(String applicationId, DocumentVersion version, SignatureCheck signature) {
    }

    public Deposited deposit(Caller caller, String applicationId, DocumentKind kind, String clientFilename,
            InputStream content) {
        // Decided before the bytes are spooled or inspected: another OPD gets its 404, a reader its 403.
        access.forEditing(caller, applicationId);
        try (SpooledUpload upload = SpooledUpload.of(content, maxBytes)) {
            if (upload.size() == 0) {
                throw new InvalidRequestException("Berkas kosong tidak dapat disimpan sebagai dokumen.");
            }
            Inspection inspection = inspector.inspect(kind, upload.path());
            String filename = SafeFilename.of(clientFilename);
            String fileId = store.store(upload.path(), filename, inspection.contentType(),
                    new DocumentStore.Metadata(applicationId, kind.name(), upload.sha256(), caller.username(),
                            inspection.signature().status().name()));
            return record(caller, applicationId, kind, fileId, filename, inspection, upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Deposited record(Caller caller, String applicationId, DocumentKind kind, String fileId, String filename,
            Inspection inspection, SpooledUpload upload) {
        try {
            // Loaded again: the upload took time, and the aggregate must decide on its current state.
            Application app = access.forEditing(caller, applicationId);
            SignatureCheck check = inspection.signature();
            DocumentVersion version = workflow.addDocument(caller, app, kind, fileId, filename,
                    inspection.contentType(), upload.size(), upload.sha256(), signatureOf(check));
            return new Deposited(applicationId, version, check);
        } catch (RuntimeException refused) {
            try {
                store.delete(fileId);
            } catch (RuntimeException cleanup) {
                log.error("Stored document {} of application {} was not recorded and could not be deleted",
                        fileId, applicationId, cleanup);
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
