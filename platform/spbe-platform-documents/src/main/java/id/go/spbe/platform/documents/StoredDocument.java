package id.go.spbe.platform.documents;

import id.go.spbe.platform.documents.signature.SignatureCheck;

import java.time.Instant;

/**
 * A deposited file as stored: what the owner records (id, safe filename with the sniffed type's extension, sniffed
 * media type, size, SHA-256) and the verdict of the signature check.
 */
public record StoredDocument(String id, OwnerRef owner, String kind, String filename, String mediaType,
        long sizeBytes, String sha256, SignatureCheck signature, String uploadedBy, Instant uploadedAt) {
}
