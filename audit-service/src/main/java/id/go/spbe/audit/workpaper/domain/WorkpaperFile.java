package id.go.spbe.audit.workpaper.domain;

import org.jspecify.annotations.Nullable;

/**
 * A file attached to a working paper, as the platform documents stored it: document id, safe filename, sniffed media
 * type, size, SHA-256, signature verdict (SEC3), and who attached it when.
 */
public record WorkpaperFile(String documentId, String filename, String mediaType, long sizeBytes, String sha256,
        String signatureStatus, @Nullable String signer) {
}
