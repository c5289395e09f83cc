package id.go.spbe.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.util.Locale;

/**
 * Turns every error the gateway raises itself (no route, method not allowed, the identity provider unreachable,
 * anything unexpected) into {@code application/problem+json}. Runs before Boot's default handler (order -1).
 * Responses proxied from a service are not errors here; they pass through untouched.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;

    public ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return writer.write(exchange, toProblem(exchange, error));
    }

    private Problem toProblem(ServerWebExchange exchange, Throwable error) {
        String instance = ProblemWriter.instanceOf(exchange);
        if (error instanceof ResponseStatusException statusError) {
            return fromStatus(statusError.getStatusCode(), instance);
        }
        if (error instanceof ServerExchangeRejectedException) {
            // the firewall checks header and query values lazily, when a filter first reads them
            return RequestProblems.rejected(instance);
        }
        if (error instanceof AuthenticationServiceException) {
            // The token could not be checked at all: Keycloak (discovery or JWKS) is unreachable.
            log.warn("Cannot validate a token, the identity provider is unreachable: {}", error.getMessage());
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
                    "Identity Provider Unavailable",
                    "Layanan identitas (Keycloak) sedang tidak dapat dihubungi, sehingga token belum dapat "
                            + "diperiksa. Silakan coba lagi beberapa saat lagi.", instance);
        }
        log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(), instance, error);
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal Server Error",
                "Terjadi kesalahan pada gateway. Silakan coba lagi; bila berulang, laporkan dengan menyertakan "
                        + "nilai header X-Request-Id.", instance);
    }

    private static Problem fromStatus(HttpStatusCode code, String instance) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return switch (status) {
            case NOT_FOUND -> Problem.of(status, "not-found", "Not Found",
                    "Tidak ada layanan untuk alamat ini.", instance);
            case METHOD_NOT_ALLOWED -> Problem.of(status, "method-not-allowed", "Method Not Allowed",
                    "Metode HTTP ini tidak didukung untuk alamat ini.", instance);
            case SERVICE_UNAVAILABLE -> Problem.of(status, "service-unavailable", "Service Unavailable",
                    "Layanan sedang tidak tersedia. Silakan coba lagi beberapa saat lagi.", instance);
            default -> Problem.of(status, slug(status), status.getReasonPhrase(), status.is4xxClientError()
                    ? "Permintaan tidak dapat diproses oleh gateway."
                    : "Terjadi kesalahan pada gateway.", instance);
        };
    }

    private static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
