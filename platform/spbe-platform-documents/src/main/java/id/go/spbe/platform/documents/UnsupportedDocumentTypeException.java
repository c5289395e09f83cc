package id.go.spbe.platform.documents;

import id.go.spbe.platform.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/**
 * The bytes are of a type not accepted for the document kind (whatever the client claimed): 415 naming the detected
 * and the accepted types. An {@link ErrorResponseException} carries its own problem, so the platform's one advice
 * answers it and no service needs an advice of its own.
 */
public class UnsupportedDocumentTypeException extends ErrorResponseException {

    private final String detectedType;
    private final List<String> acceptedTypes;

    public UnsupportedDocumentTypeException(String kind, String detectedType, List<String> acceptedTypes) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem(message(kind, detectedType, acceptedTypes), detectedType,
                acceptedTypes), null);
        this.detectedType = detectedType;
        this.acceptedTypes = List.copyOf(acceptedTypes);
    }

    public String detectedType() {
        return detectedType;
    }

    public List<String> acceptedTypes() {
        return acceptedTypes;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static String message(String kind, String detectedType, List<String> acceptedTypes) {
        String what = DocumentFormats.ACTIVE_CONTENT.contains(detectedType)
                ? "Isi berkas terdeteksi sebagai " + detectedType + " (memuat makro, kode, atau kontrol aktif), yang "
                        + "tidak pernah diterima"
                : "Isi berkas terdeteksi sebagai " + detectedType + ", yang tidak diterima untuk dokumen " + kind;
        return what + "; yang diterima: " + String.join(", ", acceptedTypes) + ".";
    }

    private static ProblemDetail problem(String detail, String detectedType, List<String> acceptedTypes) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
        problem.setType(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
        problem.setTitle("Unsupported Media Type");
        problem.setProperty("detectedType", detectedType);
        problem.setProperty("acceptedTypes", List.copyOf(acceptedTypes));
        return problem;
    }
}
