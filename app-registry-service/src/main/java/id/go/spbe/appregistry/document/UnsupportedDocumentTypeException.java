package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.application.domain.DocumentKind;

import java.util.List;

/** The bytes are of a type not accepted for the document kind (whatever the client claimed): 415. */
public class UnsupportedDocumentTypeException extends RuntimeException {

    private final String detectedType;
    private final List<String> acceptedTypes;

    public UnsupportedDocumentTypeException(DocumentKind kind, String detectedType, List<String> acceptedTypes) {
        super("Isi berkas terdeteksi sebagai " + detectedType + ", yang tidak diterima untuk dokumen " + kind
                + "; yang diterima: " + String.join(", ", acceptedTypes) + ".");
        this.detectedType = detectedType;
        this.acceptedTypes = List.copyOf(acceptedTypes);
    }

    public String detectedType() {
        return detectedType;
    }

    public List<String> acceptedTypes() {
        return acceptedTypes;
    }
}
