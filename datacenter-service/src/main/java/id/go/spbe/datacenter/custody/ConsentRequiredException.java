package id.go.spbe.datacenter.custody;

import id.go.spbe.platform.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * D7: Dinas tried to act on an OPD's data without that OPD's consent in force. Answered 403 (the caller's role would
 * allow the action; the owner's consent does not) naming the obligation, through the platform's problem advice,
 * which renders any {@link ErrorResponseException} with its own body.
 */
public class ConsentRequiredException extends ErrorResponseException {

    public ConsentRequiredException(String detail) {
        super(HttpStatus.FORBIDDEN, body(detail), null);
    }

    private static ProblemDetail body(String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        body.setType(ProblemTypes.FORBIDDEN);
        body.setTitle("Forbidden");
        body.setProperty("obligation", "D7");
        return body;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
