package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.platform.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/**
 * The bytes are of a type not accepted for the document kind (whatever the client claimed): 415 naming the detected
 * and the accepted types, answered by the platform's problem advice.
 */
public class UnsupportedDocumentTypeException extends ErrorResponseException {

    private final String detectedType;
    private final List<String> acceptedTypes;

    public UnsupportedDocumentTypeException(DocumentKind kind, String detectedType, List<String> acceptedTypes) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem("Isi berkas terdeteksi sebagai " + detectedType
                + ", yang tidak diterima untuk dokumen " + kind + "; yang diterima: "
                + String.join(", ", acceptedTypes) + ".", detectedType, acceptedTypes), null);
        this.detectedType = detectedType;
        this.acceptedTypes = List.copyOf(acceptedTypes);
    }

    public String detectedType() {
        return detectedType;
    }

    public List<String> acceptedTypes() {
        return acceptedTypes;
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
