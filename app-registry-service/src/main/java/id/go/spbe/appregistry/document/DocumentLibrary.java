package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.application.ApplicationAccess;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.application.domain.DocumentVersion;
import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.documents.IntegrityCheck;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
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
    private final ApplicationAccess access;
    private final ApplicationRules rules;
    private final DocumentStore store;

    DocumentLibrary(ApplicationAccess access, ApplicationRules rules, DocumentStore store) {
        this.access = access;
        this.rules = rules;
        this.store = store;
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
    public record Download(DocumentVersion version, Resource content) {
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
        DocumentStore.StoredFile stored = store.open(fileId).orElseThrow(() -> {
            log.error("Document {} of application {} is recorded but missing from storage", fileId, applicationId);
            return new NotFoundException("Berkas dokumen", fileId);
        });
        return new Download(version, stored.content());
    }

    public Integrity integrity(Caller caller, String applicationId, String fileId) {
        DocumentVersion version = versionOf(caller, applicationId, fileId);
        IntegrityCheck check = store.checkIntegrity(fileId, version.sha256(), version.sizeBytes());
        if (!check.intact()) {
            log.warn("SEC1: stored document {} of application {} failed its integrity check", fileId, applicationId);
        }
        return new Integrity(fileId, version.kind(), version.version(), check.expectedSha256(), check.actualSha256(),
                check.expectedSizeBytes(), check.actualSizeBytes(), check.intact(), check.problem(),
                check.checkedAt());
    }

    private DocumentVersion versionOf(Caller caller, String applicationId, String fileId) {
        Application app = access.forReading(caller, applicationId);
        return app.documents().stream().filter(d -> d.fileId().equals(fileId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Dokumen", fileId));
    }
}
