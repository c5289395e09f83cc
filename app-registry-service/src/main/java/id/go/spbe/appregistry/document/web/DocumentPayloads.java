package id.go.spbe.appregistry.document.web;

import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.application.domain.DocumentVersion;
import id.go.spbe.appregistry.document.DocumentDeposit.Deposited;
import id.go.spbe.appregistry.document.DocumentLibrary.Catalogue;
import id.go.spbe.platform.documents.signature.SignatureCheck;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** Response bodies of the document API. */
final class DocumentPayloads {

    private DocumentPayloads() {
    }

    static String hrefOf(String applicationId, String fileId) {
        return "/api/v1/applications/" + applicationId + "/documents/" + fileId;
    }

    /** One immutable version; {@code signature} is the verified signature recorded with it (SEC3), or null. */
    record DocumentResponse(String fileId, DocumentKind kind, int version, String filename, String contentType,
            long sizeBytes, String sha256, DocumentVersion.@Nullable Signature signature, String uploadedBy,
            Instant uploadedAt, String href) {

        static DocumentResponse of(String applicationId, DocumentVersion v) {
            return new DocumentResponse(v.fileId(), v.kind(), v.version(), v.filename(), v.contentType(),
                    v.sizeBytes(), v.sha256(), v.signature(), v.uploadedBy(), v.uploadedAt(),
                    hrefOf(applicationId, v.fileId()));
        }
    }

    /**
     * The answer to an upload: the recorded version and the full signature check, which also explains an intact but
     * untrusted signature that was not recorded as verified.
     */
    record DepositResponse(String applicationId, DocumentResponse document, SignatureCheckResponse signatureCheck) {

        static DepositResponse of(Deposited deposited) {
            return new DepositResponse(deposited.applicationId(),
                    DocumentResponse.of(deposited.applicationId(), deposited.version()),
                    SignatureCheckResponse.of(deposited.signature()));
        }
    }

    record SignatureCheckResponse(SignatureCheck.Status status, @Nullable String signer, @Nullable String issuer,
            @Nullable Instant signedAt,
            @Nullable String format, @Nullable String problem) {

        static SignatureCheckResponse of(SignatureCheck check) {
            return new SignatureCheckResponse(check.status(), check.signer(), check.issuer(), check.signedAt(),
                    check.format(), check.problem());
        }
    }

    record KindResponse(DocumentKind kind, boolean required, List<DocumentResponse> versions) {
    }

    /** A7 completeness: what the deposit step (A8) will check. */
    record CatalogueResponse(String applicationId, List<DocumentKind> requiredKinds,
            List<DocumentKind> missingRequiredKinds, boolean complete, List<KindResponse> kinds) {

        static CatalogueResponse of(Catalogue catalogue) {
            List<KindResponse> kinds = catalogue.versionsByKind().entrySet().stream()
                    .map(e -> new KindResponse(e.getKey(), catalogue.required().contains(e.getKey()),
                            e.getValue().stream().map(v -> DocumentResponse.of(catalogue.applicationId(), v))
                                    .toList()))
                    .toList();
            return new CatalogueResponse(catalogue.applicationId(), sorted(catalogue.required()),
                    sorted(catalogue.missingRequired()), catalogue.missingRequired().isEmpty(), kinds);
        }

        private static List<DocumentKind> sorted(java.util.Collection<DocumentKind> kinds) {
            return kinds.stream().sorted().toList();
        }
    }
}
