package id.go.spbe.gateway.resilience;

import id.go.spbe.gateway.problem.Problem;
import id.go.spbe.gateway.problem.ProblemWriter;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * What a route's circuit breaker forwards to ({@code forward:/fallback/<service-id>}) when the service is down,
 * too slow, or its breaker is open: a 503 problem naming the service, never a retry.
 *
 * <p>The forward happens inside the gateway (the dispatcher handles it directly, not through the web filters),
 * so the path needs no token. It is still listed among the public paths because requests from outside must not
 * be told 401 for a path that is not theirs to call; and from outside it answers 404 — it only speaks for a
 * request that a route actually forwarded ({@link ServerWebExchangeUtils#GATEWAY_ROUTE_ATTR} is set), and the
 * service it names comes from that route, never from the URL.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceFallback {

    public static final String PATH_PREFIX = "/fallback/";
    /** Route metadata naming the service a route leads to; set on every service and API-docs route. */
    public static final String SERVICE_ID_METADATA = "service-id";

    /** The circuit breaker's fallback URI for a service. */
    public static String fallbackUri(String serviceId) {
        return "forward:" + PATH_PREFIX + serviceId;
    }

    @Bean
    RouterFunction<ServerResponse> fallbackRoutes() {
        return RouterFunctions.route(RequestPredicates.path(PATH_PREFIX + "**"), request -> problemFor(request.exchange())
                .map(problem -> ServerResponse.status(problem.status())
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .bodyValue(problem.toMembers()))
                .orElseGet(() -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND))));
    }

    /** The 503 for a request a route forwarded here; empty for a request from outside. */
    static Optional<Problem> problemFor(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Object serviceId = route == null ? null : route.getMetadata().get(SERVICE_ID_METADATA);
        if (serviceId == null) {
            return Optional.empty();
        }
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String reason;
        String detail;
        if (cause instanceof TimeoutException) {
            reason = "timeout";
            detail = "Layanan " + serviceId + " tidak merespons dalam batas waktu. Silakan coba lagi beberapa saat "
                    + "lagi; untuk permintaan yang mengubah data, periksa dahulu apakah perubahan sudah tercatat "
                    + "(atau kirim ulang dengan Idempotency-Key yang sama).";
        } else if (cause instanceof CallNotPermittedException) {
            reason = "circuit-open";
            detail = "Layanan " + serviceId + " sedang tidak tersedia (terlalu banyak kegagalan terakhir). "
                    + "Silakan coba lagi beberapa saat lagi.";
        } else {
            reason = "unavailable";
            detail = "Layanan " + serviceId + " sedang tidak tersedia. Silakan coba lagi beberapa saat lagi.";
        }
        return Optional.of(Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service Unavailable",
                        detail, originalPath(exchange))
                .with("service", serviceId)
                .with("reason", reason));
    }

    private static String originalPath(ServerWebExchange exchange) {
        Set<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (originals != null && !originals.isEmpty()) {
            return originals.iterator().next().getRawPath();
        }
        return ProblemWriter.instanceOf(exchange);
    }
}
