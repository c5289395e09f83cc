package id.go.spbe.platform.client;

import id.go.spbe.platform.problem.ProblemTypes;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.time.Duration;

/**
 * What the caller of a service sees when a call to another service failed and the service did not handle it: 503
 * problem+json with {@code Retry-After} when the other service is unavailable, 502 when it answered an error. Ordered
 * first and handling only these types, so every other exception still reaches the platform's problem advice.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ServiceClientProblemAdvice {

    public static final URI BAD_GATEWAY = URI.create("https://spbe.github.io/problems/bad-gateway");

    private static final Logger log = LoggerFactory.getLogger(ServiceClientProblemAdvice.class);

    private final Duration retryAfter;

    public ServiceClientProblemAdvice(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException e, HttpServletRequest request) {
        log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return unavailable(e.service(), request);
    }

    @ExceptionHandler(CallNotPermittedException.class)
    ResponseEntity<ProblemDetail> circuitOpen(CallNotPermittedException e, HttpServletRequest request) {
        return unavailable(e.getCausingCircuitBreakerName(), request);
    }

    @ExceptionHandler(RemoteProblemException.class)
    ResponseEntity<ProblemDetail> remoteProblem(RemoteProblemException e, HttpServletRequest request) {
        log.warn("{} {}: unhandled answer of {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                "Layanan " + e.service() + " menjawab dengan kesalahan " + e.status() + ".");
        problem.setType(BAD_GATEWAY);
        problem.setTitle("Bad Gateway");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("service", e.service());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
    }

    private ResponseEntity<ProblemDetail> unavailable(String service, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Layanan " + service + " sedang tidak tersedia; coba lagi nanti.");
        problem.setType(ProblemTypes.SERVICE_UNAVAILABLE);
        problem.setTitle("Service Unavailable");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds()))).body(problem);
    }
}
