package id.go.spbe.network.diagram.domain;

/**
 * A file the steward uploaded with a submission (PNG, PDF, SVG or draw.io), kept by the platform's document store:
 * its id there, the sniffed media type, size, SHA-256 and the signature verdict (SEC3).
 */
public record Attachment(String documentId, String filename, String mediaType, long sizeBytes, String sha256,
        String signatureStatus) {
}
