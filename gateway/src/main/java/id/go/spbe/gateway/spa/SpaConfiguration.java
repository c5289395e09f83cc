package id.go.spbe.gateway.spa;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Serves the browser SPA (the web module's {@code static/} on the classpath) on the gateway's origin, next to
 * {@code /api}. Boot's static resource handling serves the files ({@code /**}, revalidated:
 * {@code spring.web.resources.cache.cachecontrol.no-cache}); this adds the long-lived cache for Vite's hashed
 * {@code /assets/**}, the index for deep links, {@code /app-config.json} and the SPA's security headers.
 */
@Configuration(proxyBeanMethods = false)
class SpaConfiguration {

    /** Vite puts a content hash in every file name under assets/: a changed file is a new URL. */
    static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Bean
    WebFluxConfigurer spaAssets(WebProperties web) {
        return new WebFluxConfigurer() {
            @Override
            public void addResourceHandlers(ResourceHandlerRegistry registry) {
                registry.addResourceHandler(SpaRequests.ASSETS_PATTERN)
                        .addResourceLocations(Arrays.stream(web.getResources().getStaticLocations())
                                .map(location -> location + (location.endsWith("/") ? "" : "/") + "assets/")
                                .toArray(String[]::new))
                        .setCacheControl(IMMUTABLE);
            }
        };
    }

    @Bean
    RouterFunction<ServerResponse> spaRoutes(SpaProperties properties, WebProperties web, ApplicationContext context,
            ObjectProvider<BuildProperties> build) {
        List<Resource> locations = Arrays.stream(web.getResources().getStaticLocations())
                .map(context::getResource).toList();
        String version = build.getIfAvailable() == null ? "unknown" : build.getIfAvailable().getVersion();
        return new SpaRoutes(SpaIndex.find(locations), properties.oidc(), version).routes();
    }

    @Bean
    WebFilter spaResponseHeaders(SpaProperties properties) {
        return new SpaResponseHeaders(properties.oidc().origin());
    }
}
