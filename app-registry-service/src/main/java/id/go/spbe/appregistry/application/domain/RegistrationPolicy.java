package id.go.spbe.appregistry.application.domain;

import java.util.Set;

/**
 * The regional regulation's parameters the application aggregate enforces: the classes it knows (A2), the region's
 * domain (A10), the documents required before deposit (A7/A8), whether a user manual may be audio-visual (MT p13(2))
 * and whether deposited documents must be signed (SEC3).
 */
public record RegistrationPolicy(Set<ApplicationClass> classes, String domain, Set<DocumentKind> requiredDocuments,
        boolean audioVisualManualAllowed, boolean signedDocumentsRequired) {
}
