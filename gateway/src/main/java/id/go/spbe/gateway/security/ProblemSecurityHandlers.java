package id.go.spbe.gateway.security;

import id.go.spbe.gateway.problem.Problem;
import id.go.spbe.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers 401 and 403 as problem details, with the RFC 6750 {@code WWW-Authenticate} challenge on 401. The
 * detail says whether the token was missing or refused but not why it was refused (expired, foreign issuer,
 * wrong audience, bad signature): that would help a forger more than an honest client, whose tooling can read
 * its own token.
 */
class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemWriter writer;

    ProblemSecurityHandlers(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean tokenRefused = failure instanceof InvalidBearerTokenException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                tokenRefused ? "Bearer error=\"invalid_token\"" : "Bearer");
        Problem problem = tokenRefused
                ? Problem.of(HttpStatus.UNAUTHORIZED, "invalid-token", "Unauthorized",
                        "Token akses ditolak: tidak sah, sudah kedaluwarsa, atau bukan untuk API ini.",
                        ProblemWriter.instanceOf(exchange))
                : Problem.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthorized",
                        "Permintaan ini memerlukan token akses (Authorization: Bearer ...).",
                        ProblemWriter.instanceOf(exchange));
        return writer.write(exchange, problem);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return writer.write(exchange, Problem.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Token akses sah, tetapi peran Anda tidak mengizinkan akses ini.",
                ProblemWriter.instanceOf(exchange)));
    }
}
