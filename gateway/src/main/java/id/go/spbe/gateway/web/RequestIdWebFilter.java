package id.go.spbe.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id}: the caller's own if it is well-formed (1–64 characters of letters,
 * digits, {@code . _ : -}), otherwise a fresh UUID. The id goes downstream with the request and back on every
 * response, including the ones the gateway answers itself (401, 429, 503), so a caller can quote it.
 *
 * <p>Runs before Spring Security so that rejected requests carry the id too. An id that fails the check is
 * replaced rather than rejected: the request itself is fine, only its label is unusable (and might be an attempt
 * to inject text into the logs).
 */
@Component
public class RequestIdWebFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Request-Id";

    static final int MAX_LENGTH = 64;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    @Override
    public int getOrder() {
        // Before Spring Security's WebFilterChainProxy (-100) and the CORS filter it contains.
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(HEADER));
        // Set just before the response is committed, so a service echoing the header cannot duplicate it.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HEADER, requestId))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    static String acceptOrGenerate(String candidate) {
        if (candidate != null && WELL_FORMED.matcher(candidate).matches()) {
            return candidate;
        }
        return UUID.randomUUID().toString();
    }
}
