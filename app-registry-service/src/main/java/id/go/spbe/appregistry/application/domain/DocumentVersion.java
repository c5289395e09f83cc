package id.go.spbe.appregistry.application.domain;

import java.time.Instant;

/**
 * One immutable version of a deposited document (A7, A8). The bytes live in GridFS under {@code fileId}; the
 * aggregate keeps the metadata and the SHA-256 so modification of the stored file is detectable (SEC1).
 *
 * @param signature the verified signature (SEC3), or null when the file is unsigned
 */
public record DocumentVersion(String fileId, DocumentKind kind, int version, String filename, String contentType,
        long sizeBytes, String sha256, Signature signature, String uploadedBy, Instant uploadedAt) {

    /** A signature that was verified when the file arrived: who signed, when, and the certificate's issuer. */
    public record Signature(String signer, String issuer, Instant signedAt, String format) {
    }

    public boolean audioVisual() {
        return contentType != null && (contentType.startsWith("audio/") || contentType.startsWith("video/"));
    }
}
