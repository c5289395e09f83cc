package id.go.spbe.platform.documents;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link MissingTrustAnchorsException} into a start-up report naming the setting and what to put there. */
public class MissingTrustAnchorsFailureAnalyzer extends AbstractFailureAnalyzer<MissingTrustAnchorsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingTrustAnchorsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + MissingTrustAnchorsException.SETTING + " to one or more certificate files, for example\n"
                        + "    SPBE_DOCUMENTS_TRUST_ANCHORS=file:/etc/spbe/trust/bsre-root-ca.pem,"
                        + "file:/etc/spbe/trust/bsre-intermediate-ca.pem\n"
                        + "(PEM or DER; a file may hold several certificates). See docs/documents.md.",
                cause);
    }
}
