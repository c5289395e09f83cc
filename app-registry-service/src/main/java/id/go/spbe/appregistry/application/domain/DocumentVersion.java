package id.go.spbe.appregistry.application.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One immutable version of a deposited document (A7, A8). The bytes live in GridFS under {@code fileId}; the
 * aggregate keeps the metadata and the SHA-256 so modification of the stored file is detectable (SEC1).
 *
 * @param signature the verified signature (SEC3), or null when the file is unsigned
 */
public record DocumentVersion(String fileId, DocumentKind kind, int version, String filename, String contentType,
        long sizeBytes, String sha256, @Nullable Signature signature, String uploadedBy, Instant uploadedAt) {

    /**
     * An intact signature verified when the file arrived: who signed, when, the certificate's issuer, and whether the
     * signer's chain reached a configured trust anchor (NOT_CHECKED when the region configured none).
     */
    public record Signature(String signer, @Nullable String issuer, @Nullable Instant signedAt,
            @Nullable String format, Trust trust) {

        public enum Trust {
            TRUSTED,
            NOT_CHECKED,
            UNTRUSTED
        }

        boolean acceptableAsOfficial() {
            return trust != Trust.UNTRUSTED;
        }
    }

    public boolean audioVisual() {
        return contentType != null && (contentType.startsWith("audio/") || contentType.startsWith("video/"));
    }
}
