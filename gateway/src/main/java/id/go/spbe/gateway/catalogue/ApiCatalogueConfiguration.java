package id.go.spbe.gateway.catalogue;

import id.go.spbe.gateway.routing.ServiceRoutesProperties;
import id.go.spbe.gateway.routing.ServiceRoutesProperties.ServiceRoute;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The API catalogue for OPD integrators (obligations P1, P3): one Swagger UI at {@code /swagger-ui.html} with one
 * entry per service of the routing table, each reading that service's own OpenAPI document through the gateway
 * at {@code /v3/api-docs/<service-id>}. The list is derived from the routing table, so a routed service cannot be
 * missing from the catalogue.
 */
@Configuration(proxyBeanMethods = false)
class ApiCatalogueConfiguration {

    @Bean
    InitializingBean apiCatalogueEntries(SwaggerUiConfigProperties swaggerUi, ServiceRoutesProperties table) {
        return () -> {
            Set<SwaggerUrl> urls = new LinkedHashSet<>();
            table.services().forEach(service ->
                    urls.add(new SwaggerUrl(service.id(), service.apiDocsPath(), displayName(service))));
            swaggerUi.setUrls(urls);
            if (swaggerUi.getUrlsPrimaryName() == null) {
                // Swagger UI matches the primary entry by its displayed name
                swaggerUi.setUrlsPrimaryName(displayName(table.services().get(0)));
            }
        };
    }

    private static String displayName(ServiceRoute service) {
        return service.title() + " — " + service.id();
    }
}
