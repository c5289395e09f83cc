package id.go.spbe.appregistry.document;

import com.mongodb.MongoGridFSException;
import id.go.spbe.appregistry.application.ApplicationAccess;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.application.domain.DocumentVersion;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading deposited documents (A7, A8, SEC1): the versions of an application grouped by kind with what the regulation
 * still misses, the stored bytes of one version, and a fresh check that those bytes still hash to what was recorded.
 * Whoever may see the application may read its documents; anyone else gets 404.
 */
@Service
public class DocumentLibrary {

    private static final Logger log = LoggerFactory.getLogger(DocumentLibrary.class);
    private static final int BUFFER = 64 * 1024;

    private final ApplicationAccess access;
    private final ApplicationRules rules;
    private final DocumentStore store;
    private final Clock clock;

    DocumentLibrary(ApplicationAccess access, ApplicationRules rules, DocumentStore store, Clock clock) {
        this.access = access;
        this.rules = rules;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The documents of one application: every kind that has versions or is required, versions newest first.
     *
     * @param missingRequired required kinds (A7) without any version: what the deposit step (A8) will refuse on
     */
    public record Catalogue(String applicationId, Set<DocumentKind> required, Set<DocumentKind> missingRequired,
            Map<DocumentKind, List<DocumentVersion>> versionsByKind) {
    }

    /** One stored version, opened for streaming. */
    public record Download(DocumentVersion version, GridFsResource content) {
    }

    /** SEC1 modification detection: the recorded SHA-256 against one computed now from the stored bytes. */
    public record Integrity(String fileId, DocumentKind kind, int version, String recordedSha256,
            @Nullable String actualSha256, long recordedSizeBytes, @Nullable Long actualSizeBytes, boolean intact,
            @Nullable String problem, Instant checkedAt) {
    }

    public Catalogue catalogue(Caller caller, String applicationId) {
        Application app = access.forReading(caller, applicationId);
        Set<DocumentKind> required = rules.policy().requiredDocuments();
        Map<DocumentKind, List<DocumentVersion>> byKind = new EnumMap<>(DocumentKind.class);
        required.forEach(kind -> byKind.put(kind, List.of()));
        for (DocumentKind kind : DocumentKind.values()) {
            List<DocumentVersion> versions = app.documents().stream().filter(d -> d.kind() == kind)
                    .sorted(Comparator.comparingInt(DocumentVersion::version).reversed()).toList();
            if (!versions.isEmpty()) {
                byKind.put(kind, versions);
            }
        }
        return new Catalogue(app.id(), required, app.missingDocuments(rules.policy()), byKind);
    }

    public Download download(Caller caller, String applicationId, String fileId) {
        DocumentVersion version = versionOf(caller, applicationId, fileId);
        GridFsResource content = store.open(fileId).orElseThrow(() -> {
            log.error("Document {} of application {} is recorded but missing from storage", fileId, applicationId);
            return new NotFoundException("Berkas dokumen", fileId);
        });
        return new Download(version, content);
    }

    public Integrity integrity(Caller caller, String applicationId, String fileId) {
        DocumentVersion version = versionOf(caller, applicationId, fileId);
        Instant now = clock.instant();
        var stored = store.open(fileId);
        if (stored.isEmpty()) {
            return new Integrity(fileId, version.kind(), version.version(), version.sha256(), null,
                    version.sizeBytes(), null, false, "Berkas tidak ditemukan di penyimpanan.", now);
        }
        try (InputStream in = stored.get().getInputStream()) {
            MessageDigest digest = SpooledUpload.newSha256();
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            boolean intact = actual.equals(version.sha256()) && size == version.sizeBytes();
            if (!intact) {
                log.warn("SEC1: stored document {} of application {} no longer matches its recorded SHA-256",
                        fileId, applicationId);
            }
            return new Integrity(fileId, version.kind(), version.version(), version.sha256(), actual,
                    version.sizeBytes(), size, intact,
                    intact ? null : "Isi berkas yang tersimpan berbeda dengan yang tercatat saat diunggah.", now);
        } catch (IOException | MongoGridFSException e) {
            // A damaged chunk (missing, wrong length) is itself a modification of the stored file.
            log.warn("SEC1: stored document {} of application {} cannot be read whole", fileId, applicationId, e);
            return new Integrity(fileId, version.kind(), version.version(), version.sha256(), null,
                    version.sizeBytes(), null, false, "Berkas yang tersimpan tidak dapat dibaca utuh.", now);
        }
    }

    private DocumentVersion versionOf(Caller caller, String applicationId, String fileId) {
        Application app = access.forReading(caller, applicationId);
        return app.documents().stream().filter(d -> d.fileId().equals(fileId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Dokumen", fileId));
    }
}
