package id.go.spbe.gateway.routing;

import id.go.spbe.gateway.problem.ProblemWriter;
import id.go.spbe.gateway.ratelimit.RateLimitGatewayFilter;
import id.go.spbe.gateway.requestsize.RequestSizeLimitFilter;
import id.go.spbe.gateway.requestsize.RequestSizeLimits;
import id.go.spbe.gateway.resilience.ServiceFallback;
import id.go.spbe.gateway.routing.ServiceRoutesProperties.ServiceRoute;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the routes of each entry of the routing table, both to {@code lb://<service-id>} (Eureka first, the static
 * instance when the registry has none, see {@link RegistryFirstLoadBalancerConfiguration}):
 * <ul>
 *   <li>{@code <service-id>-reports}: the service's API paths ending in {@code .pdf} or {@code .csv} — reports and
 *       exports rendered on demand, which may take longer than an API call: their circuit breaker
 *       {@code <service-id>-reports} has its own time limit ({@code resilience4j.timelimiter.configs.<id>-reports},
 *       {@code GATEWAY_REPORT_TIMEOUT}, 60 s), and its failures do not open the breaker of the service's API;</li>
 *   <li>{@code <service-id>}: the service's API paths, unchanged;</li>
 *   <li>{@code <service-id>-api-docs}: {@code /v3/api-docs/<service-id>} rewritten to the service's own
 *       {@code /v3/api-docs}, for the catalogue;</li>
 *   <li>{@code <service-id>-dead-letters}: {@code /api/v1/admin/<service-id>/dead-letters/**} rewritten to the
 *       service's own {@code /api/v1/admin/dead-letters/**} — every service keeps its dead letters under the same
 *       path, so the gateway names the service in the path (the service itself allows Dinas only).</li>
 * </ul>
 * Each passes the caller's rate limit first, then the request-size limit of the path
 * ({@link RequestSizeLimitFilter}: {@code spbe.gateway.max-request-size}, or the route's {@code uploads}), then a
 * circuit breaker named after the service (with its time
 * limiter) that falls back to a 503 problem. There is no retry: a POST that timed out may have been applied,
 * and only the client (with an {@code Idempotency-Key}) can safely send it again.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRouteConfiguration {

    static final String SERVICE_API_DOCS_PATH = "/v3/api-docs";
    /** Suffix of the route and circuit breaker that carry a service's on-demand reports and exports. */
    static final String REPORTS = "-reports";
    static final String SERVICE_DEAD_LETTERS_PATH = "/api/v1/admin/dead-letters";
    /**
     * The gateway's CORS policy answers browsers; a service that also sends CORS headers would otherwise give the
     * browser two values (the proxy adds the service's headers to the gateway's), which it rejects.
     */
    static final String CORS_RESPONSE_HEADERS = "Access-Control-Allow-Origin Access-Control-Allow-Credentials "
            + "Access-Control-Allow-Methods Access-Control-Allow-Headers Access-Control-Expose-Headers "
            + "Access-Control-Max-Age";

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, ServiceRoutesProperties table,
            RateLimitGatewayFilter rateLimit, ProblemWriter problems) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (ServiceRoute service : table.services()) {
            String target = "lb://" + service.id();
            RequestSizeLimitFilter sizeLimit = new RequestSizeLimitFilter(sizeLimits(table, service), problems);
            routes.route(service.id() + REPORTS, route -> route
                    .order(-1)
                    .path(service.paths().toArray(String[]::new))
                    .and().predicate(ServiceRouteConfiguration::isReport)
                    .filters(filters -> routeFilters(filters.filter(sizeLimit), service.id() + REPORTS, rateLimit,
                            service.id()))
                    .metadata(ServiceFallback.SERVICE_ID_METADATA, service.id())
                    .uri(target));
            routes.route(service.id(), route -> route
                    .path(service.paths().toArray(String[]::new))
                    .filters(filters -> routeFilters(filters.filter(sizeLimit), service.id(), rateLimit))
                    .metadata(ServiceFallback.SERVICE_ID_METADATA, service.id())
                    .uri(target));
            routes.route(service.id() + "-api-docs", route -> route
                    .path(service.apiDocsPath())
                    .filters(filters -> routeFilters(filters.setPath(SERVICE_API_DOCS_PATH), service.id(), rateLimit))
                    .metadata(ServiceFallback.SERVICE_ID_METADATA, service.id())
                    .uri(target));
            String deadLetters = deadLettersPath(service.id());
            routes.route(service.id() + "-dead-letters", route -> route
                    .path(deadLetters, deadLetters + "/**")
                    .filters(filters -> routeFilters(filters.filter(sizeLimit)
                            .rewritePath(deadLetters + "(?<rest>/.*)?", SERVICE_DEAD_LETTERS_PATH + "${rest}"),
                            service.id(), rateLimit))
                    .metadata(ServiceFallback.SERVICE_ID_METADATA, service.id())
                    .uri(target));
        }
        return routes.build();
    }

    /** A report or an export: a PDF or CSV the service renders on demand (e.g. {@code /report.pdf}, {@code /export.csv}). */
    static boolean isReport(org.springframework.web.server.ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        return path.endsWith(".pdf") || path.endsWith(".csv");
    }

    /** Where the gateway publishes one service's dead-letter admin endpoint. */
    static String deadLettersPath(String serviceId) {
        return "/api/v1/admin/" + serviceId + "/dead-letters";
    }

    private static RequestSizeLimits sizeLimits(ServiceRoutesProperties table, ServiceRoute service) {
        Map<String, Long> uploads = new LinkedHashMap<>();
        service.uploads().forEach(upload -> upload.paths()
                .forEach(path -> uploads.putIfAbsent(path, upload.maxRequestSize().toBytes())));
        return RequestSizeLimits.of(table.maxRequestSize().toBytes(), uploads);
    }

    private static GatewayFilterSpec routeFilters(GatewayFilterSpec filters, String serviceId,
            RateLimitGatewayFilter rateLimit) {
        return routeFilters(filters, serviceId, rateLimit, serviceId);
    }

    /** The filters of a route whose circuit breaker is {@code breaker}; the fallback names the service. */
    private static GatewayFilterSpec routeFilters(GatewayFilterSpec filters, String breaker,
            RateLimitGatewayFilter rateLimit, String serviceId) {
        return filters
                .filter(rateLimit)
                .dedupeResponseHeader(CORS_RESPONSE_HEADERS, "RETAIN_FIRST")
                .circuitBreaker(config -> config
                        .setName(breaker)
                        .setFallbackUri(ServiceFallback.fallbackUri(serviceId)));
    }
}
