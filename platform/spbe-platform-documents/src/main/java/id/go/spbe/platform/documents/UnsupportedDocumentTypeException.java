package id.go.spbe.platform.documents;

import java.util.List;

/** The bytes are of a type not accepted for the document kind (whatever the client claimed): 415. */
public class UnsupportedDocumentTypeException extends RuntimeException {

    private final String detectedType;
    private final List<String> acceptedTypes;

    public UnsupportedDocumentTypeException(String kind, String detectedType, List<String> acceptedTypes) {
        super(message(kind, detectedType, acceptedTypes));
        this.detectedType = detectedType;
        this.acceptedTypes = List.copyOf(acceptedTypes);
    }

    public String detectedType() {
        return detectedType;
    }

    public List<String> acceptedTypes() {
        return acceptedTypes;
    }

    private static String message(String kind, String detectedType, List<String> acceptedTypes) {
        String what = DocumentFormats.ACTIVE_CONTENT.contains(detectedType)
                ? "Isi berkas terdeteksi sebagai " + detectedType + " (memuat makro, kode, atau kontrol aktif), yang "
                        + "tidak pernah diterima"
                : "Isi berkas terdeteksi sebagai " + detectedType + ", yang tidak diterima untuk dokumen " + kind;
        return what + "; yang diterima: " + String.join(", ", acceptedTypes) + ".";
    }
}
