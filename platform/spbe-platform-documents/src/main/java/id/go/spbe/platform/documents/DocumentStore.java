package id.go.spbe.platform.documents;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.model.GridFSFile;
import id.go.spbe.platform.documents.DocumentInspector.Inspection;
import id.go.spbe.platform.problem.InvalidRequestException;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Deposits and reads documents (SEC1, SEC3) for any owner. A deposit is spooled once to a private temporary file with
 * its SHA-256 and the size limit (413), inspected — type from the bytes per kind (415), PDF signature (422 SEC3) — and
 * stored in a GridFS bucket with metadata naming its owner, under a safe name ending in the sniffed type's extension.
 * The caller decides beforehand whether the caller may deposit, and records the returned {@link StoredDocument} on
 * its aggregate; when recording fails it {@link #delete deletes} the file again so no orphan remains.
 */
public class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);
    private static final int BUFFER = 64 * 1024;

    private final GridFsTemplate gridFs;
    private final DocumentInspector inspector;
    private final long maxBytes;
    private final Clock clock;

    public DocumentStore(GridFsTemplate gridFs, DocumentInspector inspector, long maxBytes, Clock clock) {
        this.gridFs = gridFs;
        this.inspector = inspector;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** A stored file opened for streaming, with what was recorded when it was stored. */
    public record StoredFile(String id, String filename, String mediaType, long sizeBytes, String sha256,
            GridFsResource content) {
    }

    /**
     * Spools, inspects and stores {@code content} (which is closed).
     *
     * @throws DocumentTooLargeException        over the configured size (413)
     * @throws UnsupportedDocumentTypeException the kind does not accept the sniffed type (415)
     * @throws id.go.spbe.platform.domain.RuleViolationException a broken signature, or a missing or untrusted one
     *                                          where signatures are required (422 SEC3)
     * @throws InvalidRequestException          an empty file or a damaged PDF (400)
     */
    public StoredDocument deposit(OwnerRef owner, String kind, String clientFilename, InputStream content,
            String uploadedBy) {
        try (SpooledUpload upload = SpooledUpload.of(content, maxBytes)) {
            if (upload.size() == 0) {
                throw new InvalidRequestException("Berkas kosong tidak dapat disimpan sebagai dokumen.");
            }
            Inspection inspection = inspector.inspect(kind, upload.path());
            String filename = SafeFilename.forType(clientFilename, inspection.mediaType());
            Instant now = clock.instant();
            Document metadata = new Document("ownerType", owner.type()).append("ownerId", owner.id())
                    .append("kind", kind).append("sha256", upload.sha256()).append("sizeBytes", upload.size())
                    .append("uploadedBy", uploadedBy).append("uploadedAt", java.util.Date.from(now))
                    .append("signatureStatus", inspection.signature().status().name())
                    .append("signer", inspection.signature().signer());
            String id;
            try (InputStream in = Files.newInputStream(upload.path())) {
                id = gridFs.store(in, filename, inspection.mediaType(), metadata).toHexString();
            }
            return new StoredDocument(id, owner, kind, filename, inspection.mediaType(), upload.size(),
                    upload.sha256(), inspection.signature(), uploadedBy, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored file, if {@code id} names one. */
    public Optional<StoredFile> open(String id) {
        return find(id).map(file -> {
            Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
            return new StoredFile(id, file.getFilename(), metadata.get("_contentType") instanceof String type ? type
                    : gridFs.getResource(file).getContentType(), file.getLength(), metadata.getString("sha256"),
                    gridFs.getResource(file));
        });
    }

    /**
     * Recomputes the SHA-256 and size of the stored bytes and compares them with what the owner recorded. A missing
     * file or a damaged chunk is a modification too.
     */
    public IntegrityCheck checkIntegrity(String id, String expectedSha256, long expectedSizeBytes) {
        Instant now = clock.instant();
        Optional<GridFSFile> stored = find(id);
        if (stored.isEmpty()) {
            return new IntegrityCheck(id, expectedSha256, null, expectedSizeBytes, null, false,
                    "Berkas tidak ditemukan di penyimpanan.", now);
        }
        try (InputStream in = gridFs.getResource(stored.get()).getInputStream()) {
            MessageDigest digest = SpooledUpload.newSha256();
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            boolean intact = actual.equals(expectedSha256) && size == expectedSizeBytes;
            if (!intact) {
                log.warn("SEC1: stored document {} no longer matches its recorded SHA-256", id);
            }
            return new IntegrityCheck(id, expectedSha256, actual, expectedSizeBytes, size, intact,
                    intact ? null : "Isi berkas yang tersimpan berbeda dengan yang tercatat saat diunggah.", now);
        } catch (IOException | MongoGridFSException e) {
            log.warn("SEC1: stored document {} cannot be read whole", id, e);
            return new IntegrityCheck(id, expectedSha256, null, expectedSizeBytes, null, false,
                    "Berkas yang tersimpan tidak dapat dibaca utuh.", now);
        }
    }

    /** Removes a stored file (an unrecorded deposit); unknown ids are ignored. */
    public void delete(String id) {
        if (ObjectId.isValid(id)) {
            gridFs.delete(byId(id));
        }
    }

    private Optional<GridFSFile> find(String id) {
        if (id == null || !ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(gridFs.findOne(byId(id)));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(new ObjectId(id)));
    }
}
