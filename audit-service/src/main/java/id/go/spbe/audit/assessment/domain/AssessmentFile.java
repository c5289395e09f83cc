package id.go.spbe.audit.assessment.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A report file attached to a security assessment (AU8), as the platform documents stored it: document id, safe
 * filename, sniffed media type, size, SHA-256, signature verdict (SEC3), and who attached it when.
 */
public record AssessmentFile(String documentId, String filename, String mediaType, long sizeBytes, String sha256,
        String signatureStatus, @Nullable String signer, String attachedBy, Instant attachedAt) {
}
