package id.go.spbe.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Comparator;
import java.util.List;

/**
 * The one translation of errors into RFC 9457 {@code application/problem+json} for every SPBE service: validation
 * 400 with {@code errors[]}, malformed JSON 400, 404, state conflicts 409, stale versions 412, rule violations 422
 * naming the obligation, and a generic 500 that leaks nothing. Messages are Bahasa Indonesia; {@code title} stays
 * English for integrators.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final DataSize maxUpload;

    public ProblemDetailsAdvice() {
        this(null);
    }

    /** @param maxUpload the multipart limit the container applies, named in the 413's detail (null: unknown) */
    public ProblemDetailsAdvice(DataSize maxUpload) {
        this.maxUpload = maxUpload;
    }

    /**
     * One violated constraint: which field, what was wrong.
     *
     * @param field         the field's path as the payload names it ({@code contact.email}, {@code items[0].name}),
     *                      or the query parameter's name
     * @param message       what is wrong, in Bahasa Indonesia
     * @param rejectedValue the value refused, for short scalars only
     * @param pointer       the field as an RFC 6901 JSON pointer into the request body ({@code /contact/email});
     *                      {@code null} for query parameters
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldViolation(String field, String message, Object rejectedValue, String pointer) {

        /** A violation of a body field given by its dotted path; the JSON pointer is derived from it. */
        public FieldViolation(String field, String message, Object rejectedValue) {
            this(field, message, rejectedValue, JsonPointers.fromPath(field));
        }

        /** A violation of a query parameter (no JSON pointer). */
        public static FieldViolation ofParameter(String parameter, String message) {
            return new FieldViolation(parameter, message, null, null);
        }
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
        return problem(ex, HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not Found", ex.getMessage(), request);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> ruleViolation(RuleViolationException ex, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
        body.setType(ProblemTypes.RULE_VIOLATION);
        body.setTitle("Rule Violated");
        body.setProperty("obligation", ex.obligation());
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    @ExceptionHandler({StateConflictException.class, DuplicateKeyException.class,
            OptimisticLockingFailureException.class})
    ResponseEntity<Object> conflict(RuntimeException ex, WebRequest request) {
        String detail = ex instanceof StateConflictException ? ex.getMessage()
                : ex instanceof DuplicateKeyException ? "Data dengan kunci yang sama sudah ada."
                : "Data telah diubah oleh pengguna lain; muat ulang lalu coba lagi.";
        return problem(ex, HttpStatus.CONFLICT, ProblemTypes.STATE_CONFLICT, "Conflict", detail, request);
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<Object> preconditionFailed(PreconditionFailedException ex, WebRequest request) {
        return problem(ex, HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED, "Precondition Failed",
                ex.getMessage(), request);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException ex, WebRequest request) {
        if (ex.parameter() == null) {
            return problem(ex, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Bad Request", ex.getMessage(),
                    request);
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        body.setType(ProblemTypes.MALFORMED_REQUEST);
        body.setTitle("Bad Request");
        body.setProperty("errors", List.of(FieldViolation.ofParameter(ex.parameter(), ex.getMessage())));
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** A multipart body the container cannot parse (too-large uploads have their own 413 handler, closer in type). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException ex, WebRequest request) {
        return problem(ex, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed Request",
                "Isi permintaan multipart/form-data tidak dapat dibaca.", request);
    }

    /** A form body the container cannot decode (the query string is checked earlier, by QueryParameterFilter). */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> unreadableParameters(RuntimeException ex, WebRequest request) {
        return problem(ex, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Bad Request",
                "Parameter permintaan tidak dapat dibaca (bukan teks UTF-8 yang sah).", request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldViolation> errors = ex.getConstraintViolations().stream()
                .map(v -> FieldViolation.ofParameter(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return validationProblem(ex, errors, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
        return problem(ex, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                "Peran Anda tidak mengizinkan tindakan ini.", request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex, WebRequest request) {
        return problem(ex, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Unauthorized",
                "Token akses tidak ada atau tidak sah.", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unhandled error on {}", request.getDescription(false), ex);
        return problem(ex, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal Server Error",
                "Terjadi kesalahan pada server; kesalahan telah dicatat.", request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::violation)
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        List<FieldViolation> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(e -> new FieldViolation(e.getObjectName(), e.getDefaultMessage(), null, ""))
                .toList();
        return validationProblem(ex, concat(errors, global), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().hasParameterAnnotation(
                                org.springframework.web.bind.annotation.RequestBody.class)
                                ? new FieldViolation(error instanceof FieldError fe ? fe.getField() : "",
                                        error.getDefaultMessage(), null)
                                : new FieldViolation(error instanceof FieldError fe ? fe.getField()
                                        : result.getMethodParameter().getParameterName(),
                                        error.getDefaultMessage(), result.getArgument(), null)))
                .toList();
        return validationProblem(ex, errors, request);
    }

    /**
     * A body that is JSON but does not fit the payload — a missing or null primitive, a wrong type, a refused
     * character — names the field as a JSON pointer like every other validation error (issue 7, defect 4); only a
     * body that is not JSON at all stays a "Malformed Request" without field.
     */
    /** The container refused an upload over the multipart limit (which it does not name; we do). */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        long max = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() : maxUpload != null ? maxUpload.toBytes() : -1;
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, max > 0
                ? "Ukuran unggahan melebihi batas " + describe(max) + "." : "Ukuran unggahan melebihi batas.");
        body.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
        body.setTitle("Payload Too Large");
        return handleExceptionInternal(ex, body, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    /** "50MB", "1MB", or bytes when not a whole number of megabytes. */
    private static String describe(long bytes) {
        long megabyte = DataSize.ofMegabytes(1).toBytes();
        return bytes % megabyte == 0 ? bytes / megabyte + "MB" : bytes + " byte";
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldViolation violation = JsonPointers.violationOf(ex);
        if (violation != null) {
            return validationProblem(ex, List.of(violation), request);
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Isi permintaan bukan JSON yang sah atau tipe datanya tidak sesuai.");
        body.setType(ProblemTypes.MALFORMED_REQUEST);
        body.setTitle("Malformed Request");
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Built-in Spring MVC errors (405, 406, 415, 413, 404 for unknown paths) get our stable types as well; they
        // arrive without a body and carry their ProblemDetail themselves.
        if (body == null && ex instanceof ErrorResponse errorResponse) {
            body = errorResponse.getBody();
        }
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(typeFor(ex, statusCode));
        }
        if (body instanceof ProblemDetail problem && request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof jakarta.servlet.http.HttpServletRequest http) {
            problem.setInstance(java.net.URI.create(http.getRequestURI()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static java.net.URI typeFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof NoResourceFoundException || status.value() == 404) {
            return ProblemTypes.NOT_FOUND;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
        }
        if (ex instanceof MaxUploadSizeExceededException || status.value() == 413) {
            return ProblemTypes.PAYLOAD_TOO_LARGE;
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return ProblemTypes.METHOD_NOT_ALLOWED;
        }
        if (ex instanceof org.springframework.web.HttpMediaTypeNotAcceptableException || status.value() == 406) {
            return ProblemTypes.NOT_ACCEPTABLE;
        }
        if (status.value() == 400) {
            return ProblemTypes.MALFORMED_REQUEST;
        }
        return ProblemTypes.INTERNAL;
    }

    private ResponseEntity<Object> validationProblem(Exception ex, List<FieldViolation> errors, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Data yang dikirim tidak valid; lihat daftar errors.");
        body.setType(ProblemTypes.VALIDATION);
        body.setTitle("Validation Failed");
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    private ResponseEntity<Object> problem(Exception ex, HttpStatus status, java.net.URI type, String title,
            String detail, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(type);
        body.setTitle(title);
        if (ex instanceof ErrorResponse errorResponse) {
            return handleExceptionInternal(ex, body, errorResponse.getHeaders(), status, request);
        }
        return handleExceptionInternal(ex, body, new HttpHeaders(), status, request);
    }

    private static FieldViolation violation(FieldError error) {
        Object rejected = error.getRejectedValue();
        // Echo short scalar values only: never large payloads, never anything that looks like a secret.
        boolean echo = rejected instanceof Number || rejected instanceof Boolean
                || (rejected instanceof String s && s.length() <= 200);
        return new FieldViolation(error.getField(), error.getDefaultMessage(), echo ? rejected : null);
    }

    private static String leaf(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static List<FieldViolation> concat(List<FieldViolation> a, List<FieldViolation> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
