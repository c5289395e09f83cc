package id.go.spbe.platform.documents;

import id.go.spbe.platform.documents.signature.PdfSignatureVerifier;
import id.go.spbe.platform.documents.signature.SignatureCheck;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.problem.InvalidRequestException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Decides whether a file may be deposited as a kind, before anything is stored: its sniffed type must be one the kind
 * accepts (415), a signature it carries must be intact (SEC3, always), and where the regulation requires signed
 * documents it must carry one that chains to a configured trust anchor (SEC3, issue 7 defect 6).
 */
public class DocumentInspector {

    private final ContentSniffer sniffer;
    private final DocumentKinds kinds;
    private final PdfSignatureVerifier signatures;
    private final boolean signaturesRequired;

    public DocumentInspector(ContentSniffer sniffer, DocumentKinds kinds, PdfSignatureVerifier signatures,
            boolean signaturesRequired) {
        this.sniffer = sniffer;
        this.kinds = kinds;
        this.signatures = signatures;
        this.signaturesRequired = signaturesRequired;
    }

    /** What the file is and how it is signed. */
    public record Inspection(String mediaType, SignatureCheck signature) {
    }

    public Inspection inspect(String kind, Path file) throws IOException {
        String type = sniffer.detect(file);
        if (!kinds.accepts(kind, type)) {
            throw new UnsupportedDocumentTypeException(kind, type, kinds.accepted(kind));
        }
        SignatureCheck signature = DocumentFormats.PDF.equals(type) ? verifyPdf(file) : SignatureCheck.unsigned();
        if (signature.status() == SignatureCheck.Status.INVALID) {
            throw new RuleViolationException("SEC3", "Tanda tangan elektronik pada dokumen tidak sah: "
                    + signature.problem());
        }
        if (signaturesRequired && signature.status() == SignatureCheck.Status.UNSIGNED) {
            throw new RuleViolationException("SEC3", "Peraturan daerah mewajibkan dokumen ditandatangani secara "
                    + "elektronik oleh pejabat yang berwenang; berkas ini tidak bertanda tangan.");
        }
        if (signaturesRequired && !signature.verified()) {
            throw new RuleViolationException("SEC3", "Peraturan daerah mewajibkan tanda tangan elektronik yang "
                    + "terverifikasi: " + (signature.problem() != null ? signature.problem()
                            : "belum ada otoritas sertifikat tepercaya (spbe.documents.trust-anchors)."));
        }
        return new Inspection(type, signature);
    }

    public boolean signaturesRequired() {
        return signaturesRequired;
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
