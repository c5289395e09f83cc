package id.go.spbe.platform.documents;

import id.go.spbe.platform.problem.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.net.URI;

/**
 * The one 413/415 path for uploads in every service that uses documents, as the platform's problem details (stable
 * types {@code payload-too-large} and {@code unsupported-media-type}, Bahasa Indonesia detail): too large names the
 * document limit whether the container or the spooling noticed it; a type not accepted names the detected type and
 * the accepted ones. Multipart bodies are parsed before a handler is chosen, so this advice is global; it precedes the
 * platform's advice and handles nothing but these exceptions. Registered by {@link DocumentsAutoConfiguration}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DocumentProblemsAdvice {

    private final long maxBytes;

    public DocumentProblemsAdvice(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ExceptionHandler(DocumentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(DocumentTooLargeException ex, HttpServletRequest request) {
        return tooLarge(ex.getMessage(), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
        // The servlet container does not tell the limit it applied; the multipart limits follow the document limit.
        long max = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() : maxBytes;
        return tooLarge("Ukuran unggahan melebihi batas " + DocumentTooLargeException.describe(max) + ".", request);
    }

    @ExceptionHandler(UnsupportedDocumentTypeException.class)
    ResponseEntity<ProblemDetail> unsupportedType(UnsupportedDocumentTypeException ex, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", ex.getMessage(), request);
        response.getBody().setProperty("detectedType", ex.detectedType());
        response.getBody().setProperty("acceptedTypes", ex.acceptedTypes());
        return response;
    }

    private ResponseEntity<ProblemDetail> tooLarge(String detail, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload Too Large", detail,
                request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title, String detail,
            HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(type);
        body.setTitle(title);
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
