package id.go.spbe.gateway.security;

import id.go.spbe.gateway.problem.ProblemWriter;
import id.go.spbe.gateway.problem.RequestProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Answers what Spring Security's {@code StrictServerWebExchangeFirewall} refuses as a problem instead of its
 * empty 400 (issue 7, defects 3 and 15): a method it does not allow (TRACE and the like) is a 405 with
 * {@code Allow}; a path or header with encoded slashes, backslashes, NUL, {@code ;} or control characters is a
 * 400 {@code rejected-request}.
 */
class FirewallRejectionHandler implements ServerExchangeRejectedHandler {

    /** The firewall's default allowed methods, which are also every method a route may serve. */
    static final List<HttpMethod> ALLOWED_METHODS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    private final ProblemWriter problems;

    FirewallRejectionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        String instance = ProblemWriter.instanceOf(exchange);
        if (!ALLOWED_METHODS.contains(exchange.getRequest().getMethod())) {
            exchange.getResponse().getHeaders().set(HttpHeaders.ALLOW, ALLOWED_METHODS.stream()
                    .map(HttpMethod::name).collect(Collectors.joining(", ")));
            return problems.write(exchange, RequestProblems.methodNotAllowed(instance));
        }
        return problems.write(exchange, RequestProblems.rejected(instance));
    }
}
