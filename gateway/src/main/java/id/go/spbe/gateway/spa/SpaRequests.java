package id.go.spbe.gateway.spa;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which requests belong to the browser SPA: a GET or HEAD for any path outside the gateway's own namespaces. Those
 * namespaces are the API (every service route lies under {@code /api/v1/}, which the routing table's validation
 * enforces), the actuator, the API catalogue, the circuit-breaker fallbacks and the registry's paths. An SPA
 * request can only reach the static files, the SPA's index and {@code /app-config.json}, so it needs no token.
 */
public final class SpaRequests {

    /** Paths that never belong to the SPA, whatever the method or {@code Accept}. */
    static final List<String> RESERVED_PATHS = List.of("/api/**", "/actuator/**", "/v3/**", "/swagger-ui.html",
            "/swagger-ui/**", "/webjars/**", "/eureka/**", "/fallback/**");

    /** Vite's content-hashed build output: a file there that does not exist is a 404, never the index. */
    static final String ASSETS_PATTERN = "/assets/**";

    private static final List<PathPattern> RESERVED = patterns(RESERVED_PATHS.stream());
    private static final PathPattern ASSETS = PathPatternParser.defaultInstance.parse(ASSETS_PATTERN);

    private SpaRequests() {
    }

    /** For the security chain: the SPA's requests are public. */
    public static ServerWebExchangeMatcher matcher() {
        return exchange -> isSpaRequest(exchange.getRequest())
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    static boolean isSpaRequest(ServerHttpRequest request) {
        HttpMethod method = request.getMethod();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && !isReserved(request.getPath().pathWithinApplication());
    }

    static boolean isReserved(PathContainer path) {
        return RESERVED.stream().anyMatch(pattern -> pattern.matches(path));
    }

    /**
     * A browser navigating to one of the SPA's own routes (a deep link such as {@code /aplikasi/123/dokumen}): it
     * names {@code text/html} explicitly in {@code Accept} (a script or image fetch sends {@code *}{@code /*} or
     * its own type), and the last segment has no extension, so a missing file stays a 404 instead of answering
     * HTML where a script was expected.
     */
    static boolean isNavigation(PathContainer path, List<MediaType> accept) {
        if (isReserved(path) || ASSETS.matches(path)) {
            return false;
        }
        List<PathContainer.Element> elements = path.elements();
        String last = elements.isEmpty() ? "" : elements.get(elements.size() - 1).value();
        return !last.contains(".") && accept.stream()
                .anyMatch(type -> !type.isWildcardType() && !type.isWildcardSubtype()
                        && MediaType.TEXT_HTML.isCompatibleWith(type));
    }

    private static List<PathPattern> patterns(Stream<String> paths) {
        return paths.map(PathPatternParser.defaultInstance::parse).toList();
    }
}
