package id.go.spbe.monev.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document a unit uploaded as evidence of one indicator (M1), stored in the platform documents: {@code id} is the
 * stored document's id, {@code filename} the safe name with the sniffed type's extension, {@code validUntil} the last
 * day the document is valid (a decree's or certificate's term; null: no end).
 */
public record EvidenceDocument(String id, String title, String filename, String mediaType, long sizeBytes,
        String sha256, String signatureStatus, LocalDate validUntil, String uploadedBy, Instant uploadedAt) {

    /** Expired before {@code asOf}: valid until a day before it. A document valid until {@code asOf} still counts. */
    public boolean expiredBefore(LocalDate asOf) {
        return validUntil != null && validUntil.isBefore(asOf);
    }
}
