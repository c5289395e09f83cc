package id.go.spbe.appregistry.document.web;

import id.go.spbe.appregistry.document.DocumentProperties;
import id.go.spbe.appregistry.document.DocumentTooLargeException;
import id.go.spbe.appregistry.document.UnsupportedDocumentTypeException;
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
 * Upload errors as the platform's problem details (same types, Bahasa Indonesia detail): too large 413 naming the
 * document limit, and a type not accepted 415 naming the detected type. Multipart bodies are parsed before a handler
 * is chosen, so this advice is global; it precedes the platform's advice and handles nothing but these exceptions.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentProblems {

    private final long maxBytes;

    DocumentProblems(DocumentProperties properties) {
        this.maxBytes = properties.maxSize().toBytes();
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
