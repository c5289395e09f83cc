package id.go.spbe.platform.documents;

/**
 * Signatures are required (SEC3) but no trust anchors are configured: every self-signed certificate would pass as an
 * official's, so the service refuses to start (issue 7 defect 6). Explained by {@link MissingTrustAnchorsFailureAnalyzer}.
 */
public class MissingTrustAnchorsException extends IllegalStateException {

    public static final String SETTING = "spbe.documents.trust-anchors";

    private final String profile;

    public MissingTrustAnchorsException(String profile) {
        super("Signed documents are required (SEC3" + (profile == null ? "" : ", regulation profile " + profile)
                + ") but " + SETTING + " is empty: without trust anchors any self-signed certificate would pass as "
                + "an official's signature. Set " + SETTING + " (env SPBE_DOCUMENTS_TRUST_ANCHORS) to the PEM files "
                + "of the certificate authorities officials' certificates chain to, e.g. the BSrE root and "
                + "intermediate CAs (docs/documents.md).");
        this.profile = profile;
    }

    public String profile() {
        return profile;
    }
}
