package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.application.domain.RegistrationPolicy;
import id.go.spbe.appregistry.document.signature.PdfSignatureVerifier;
import id.go.spbe.appregistry.document.signature.SignatureCheck;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.problem.InvalidRequestException;
import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Decides whether a file may be deposited as a kind, before anything is stored: its sniffed type must be one the kind
 * accepts (415), a signature it carries must be intact (SEC3, always), and where the regulation requires signed
 * documents it must carry a verified one (SEC3).
 */
public class DocumentInspector {

    private final DocumentTypes types;
    private final PdfSignatureVerifier signatures;
    private final RegistrationPolicy policy;

    public DocumentInspector(DocumentTypes types, PdfSignatureVerifier signatures, RegistrationPolicy policy) {
        this.types = types;
        this.signatures = signatures;
        this.policy = policy;
    }

    /** What the file is and how it is signed. */
    public record Inspection(String contentType, SignatureCheck signature) {
    }

    public Inspection inspect(DocumentKind kind, Path file) throws IOException {
        MediaType type = types.detect(file);
        if (!types.accepts(kind, type)) {
            throw new UnsupportedDocumentTypeException(kind, type.toString(), types.accepted(kind));
        }
        SignatureCheck signature = DocumentTypes.PDF.equals(type.toString()) ? verifyPdf(file)
                : SignatureCheck.unsigned();
        if (signature.status() == SignatureCheck.Status.INVALID) {
            throw new RuleViolationException("SEC3", "Tanda tangan elektronik pada dokumen tidak sah: "
                    + signature.problem());
        }
        if (policy.signedDocumentsRequired() && signature.status() == SignatureCheck.Status.UNSIGNED) {
            throw new RuleViolationException("SEC3", "Peraturan daerah mewajibkan dokumen ditandatangani secara "
                    + "elektronik oleh pejabat yang berwenang; berkas ini tidak bertanda tangan.");
        }
        if (policy.signedDocumentsRequired() && !signature.verified()) {
            throw new RuleViolationException("SEC3", "Peraturan daerah mewajibkan tanda tangan elektronik yang "
                    + "terverifikasi: " + signature.problem());
        }
        return new Inspection(type.toString(), signature);
    }

    private SignatureCheck verifyPdf(Path file) {
        try {
            return signatures.verify(file);
        } catch (IOException e) {
            throw new InvalidRequestException("Berkas PDF rusak atau terenkripsi dengan kata sandi sehingga tidak "
                    + "dapat diperiksa.");
        }
    }
}
