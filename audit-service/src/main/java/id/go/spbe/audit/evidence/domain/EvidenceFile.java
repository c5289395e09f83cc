package id.go.spbe.audit.evidence.domain;

import org.jspecify.annotations.Nullable;

/**
 * A file the audited OPD uploaded as evidence, as the platform documents stored it: the document id, the safe
 * filename ending in the sniffed type's extension, the sniffed media type, size, SHA-256 and the signature verdict
 * (SEC3: UNSIGNED, INTACT, UNTRUSTED or TRUSTED; a broken signature is refused before it is stored).
 */
public record EvidenceFile(String documentId, String filename, String mediaType, long sizeBytes, String sha256,
        String signatureStatus, @Nullable String signer) {
}
