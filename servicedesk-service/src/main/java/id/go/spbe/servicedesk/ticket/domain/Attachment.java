package id.go.spbe.servicedesk.ticket.domain;

import java.time.Instant;

/** A file attached to a ticket, stored by the platform's document store (type sniffed, SHA-256 recorded). */
public record Attachment(String fileId, String filename, String mediaType, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt) {
}
