package id.go.spbe.audit.finding.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A file the owner OPD uploaded with its resolution of a finding (AU7 follow-up: the proof the verifier reads), as
 * the platform documents stored it: document id, safe filename, sniffed media type, size, SHA-256, signature verdict
 * (SEC3), and who uploaded it when.
 */
public record RemediationFile(String documentId, String filename, String mediaType, long sizeBytes, String sha256,
        String signatureStatus, @Nullable String signer, String uploadedBy, Instant uploadedAt) {
}
