package id.go.spbe.appregistry.passport;

import java.time.Instant;
import java.util.List;

/**
 * What the application passport shows, flattened for the template: identity and ownership, lifecycle, hosting, the
 * document versions with their SHA-256 and signature status (SEC1, SEC3), the integrations, and a summary of the
 * tamper-evident history.
 */
public record PassportView(String id, String name, String description, String url, String ownerOpd,
        String ownerOpdName, List<String> userOpds, String applicationClass, String serviceType,
        List<String> functionDomains, String licence, String status, String stage, String hosting,
        String maintenance, List<String> techStack, String registeredBy, Instant registeredAt, Instant updatedAt,
        List<DocumentRow> documents, List<IntegrationRow> integrations, History history) {

    /** One document version. */
    public record DocumentRow(String kind, int version, String filename, String contentType, long sizeBytes,
            String sha256, String signature, Instant uploadedAt) {
    }

    /** One relation, seen from this application. */
    public record IntegrationRow(String direction, String otherApplication, String otherOpd, String kind,
            String status, String purpose) {
    }

    /** The change history in brief: how many entries, the span, the chain head, the latest changes. */
    public record History(int entries, Instant first, Instant last, String headHash, List<Change> latest) {
    }

    /** One recorded change. */
    public record Change(long sequence, Instant at, String actor, String action) {
    }
}
