package id.go.spbe.platform.documents;

import id.go.spbe.platform.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/**
 * The file is larger than the configured limit: 413, answered by the platform's problem advice (an
 * {@link ErrorResponseException} carries its own problem, so the service needs no advice of its own).
 */
public class DocumentTooLargeException extends ErrorResponseException {

    private final long maxBytes;

    public DocumentTooLargeException(long maxBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, problem("Ukuran berkas melebihi batas " + describe(maxBytes) + "."), null);
        this.maxBytes = maxBytes;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** "50MB", "1MB", or bytes when not a whole number of megabytes. */
    public static String describe(long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        return bytes > 0 && bytes % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + "MB"
                : bytes + " byte";
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
        problem.setTitle("Payload Too Large");
        return problem;
    }
}
