package id.go.spbe.gateway.spa;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The SPA's own answers: its index for {@code /}, {@code /index.html} and every deep link a browser navigates to,
 * and its runtime configuration. Both must be revalidated on every load ({@code no-cache}): the index names the
 * current content-hashed assets, and the configuration may change with a redeployment. Without an index (a gateway
 * built without the web module) the index paths answer a 404 problem.
 */
final class SpaRoutes {

    static final String APP_CONFIG_PATH = "/app-config.json";

    private final Optional<SpaIndex> index;
    private final AppConfig appConfig;

    SpaRoutes(Optional<SpaIndex> index, SpaProperties.Oidc oidc, String version) {
        this.index = index;
        this.appConfig = new AppConfig(new AppConfig.Oidc(oidc.authority(), oidc.clientId()), version);
    }

    /** The runtime configuration the SPA fetches before it starts (oidc-client-ts' names). */
    record AppConfig(Oidc oidc, String version) {

        record Oidc(String authority, String clientId) {
        }
    }

    RouterFunction<ServerResponse> routes() {
        RequestPredicate navigation = request -> SpaRequests.isNavigation(request.requestPath().pathWithinApplication(),
                request.headers().accept());
        RequestPredicate read = RequestPredicates.methods(HttpMethod.GET, HttpMethod.HEAD);
        RequestPredicate index = RequestPredicates.path("/").or(RequestPredicates.path("/" + SpaIndex.FILE_NAME))
                .or(navigation);
        return RouterFunctions.route()
                .route(read.and(RequestPredicates.path(APP_CONFIG_PATH)), this::appConfig)
                .route(read.and(index), this::index)
                .build();
    }

    private Mono<ServerResponse> appConfig(ServerRequest request) {
        return ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noCache())
                .bodyValue(appConfig);
    }

    private Mono<ServerResponse> index(ServerRequest request) {
        if (index.isEmpty()) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        SpaIndex page = index.get();
        return request.checkNotModified(page.lastModified(), page.etag())
                .switchIfEmpty(Mono.defer(() -> ServerResponse.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noCache())
                        .eTag(page.etag())
                        .lastModified(page.lastModified())
                        .bodyValue(page.content())));
    }
}
