package id.go.spbe.gateway.spa;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Headers on every SPA response: browser hardening, and {@code Vary: Accept-Encoding} because the text files are
 * gzipped for clients that ask (a shared cache must not hand the gzipped copy to one that did not).
 *
 * <p>The Content-Security-Policy allows scripts only from the gateway's own origin (no inline script, no eval);
 * styles may be inline because component libraries inject them at runtime; the only foreign origin is Keycloak's,
 * which the SPA calls (token endpoint), frames (silent renew, session check) and submits forms to (logout). API
 * responses are left alone: they are JSON, not documents.
 */
final class SpaResponseHeaders implements WebFilter {

    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private final String contentSecurityPolicy;

    SpaResponseHeaders(String keycloakOrigin) {
        this.contentSecurityPolicy = contentSecurityPolicy(keycloakOrigin);
    }

    static String contentSecurityPolicy(String keycloakOrigin) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self' " + keycloakOrigin,
                "frame-src " + keycloakOrigin,
                "frame-ancestors 'none'",
                "base-uri 'self'",
                "form-action 'self' " + keycloakOrigin,
                "object-src 'none'");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (SpaRequests.isSpaRequest(exchange.getRequest())) {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", REFERRER_POLICY);
            headers.set("Permissions-Policy", PERMISSIONS_POLICY);
            headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        return chain.filter(exchange);
    }
}
