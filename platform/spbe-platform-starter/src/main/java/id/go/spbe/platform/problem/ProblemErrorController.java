package id.go.spbe.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The container's error page ({@code /error}) as problem+json, replacing Boot's {@code BasicErrorController}: errors
 * raised outside Spring MVC (a filter's {@code sendError}, the security firewall rejecting a path, an exception that
 * escaped a filter) get the same members and stable types as everything else. Asked for directly, {@code /error} is
 * no error of the server: it is a 404 (issue 7, defect 3; it used to be a 500 {@code {"status":999}}).
 */
@org.springframework.stereotype.Controller
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(code instanceof Integer errorStatus) || errorStatus < 400) {
            // Not an error dispatch: someone asked for /error itself.
            ProblemResponses.write(response, 404, request.getRequestURI());
            return;
        }
        int status = errorStatus;
        // An exception that escaped a filter was logged by the container already; the body never carries it.
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status == 500 && failure instanceof Throwable thrown && causedByUnreadableParameters(thrown)) {
            status = 400;
        }
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        ProblemResponses.write(response, status, uri instanceof String path ? path : null);
    }

    private static boolean causedByUnreadableParameters(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.apache.tomcat.util.http.InvalidParameterException) {
                return true;
            }
        }
        return false;
    }
}
