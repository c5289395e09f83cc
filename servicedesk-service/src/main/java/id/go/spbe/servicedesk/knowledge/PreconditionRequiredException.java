package id.go.spbe.servicedesk.knowledge;

import id.go.spbe.platform.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 428: a write to an article without {@code If-Match}. Articles are edited by several agents over time, so a write
 * must say which version it was based on (the platform's {@code ETags} treats the header as optional; this should
 * move there as a required variant).
 */
class PreconditionRequiredException extends ErrorResponseException {

    PreconditionRequiredException() {
        super(HttpStatus.PRECONDITION_REQUIRED, detail(), null);
    }

    private static ProblemDetail detail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
                "Kirim If-Match dengan ETag versi artikel yang diubah.");
        problem.setTitle("Precondition Required");
        problem.setType(ProblemTypes.PRECONDITION_REQUIRED);
        return problem;
    }
}
