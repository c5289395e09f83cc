package id.go.spbe.gateway.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The routing table ({@code spbe.gateway.services}): one entry per service, in catalogue order. Adding a service
 * means one entry here plus its static fallback instance under
 * {@code spring.cloud.discovery.client.simple.instances}.
 *
 * @param services the services behind the gateway
 */
@Validated
@ConfigurationProperties("spbe.gateway")
public record ServiceRoutesProperties(@Valid @NotEmpty List<ServiceRoute> services) {

    /**
     * @param id    the service id ({@code spring.application.name}) as registered in Eureka; also the route id,
     *              the circuit breaker name and the catalogue entry name
     * @param title the catalogue's display name
     * @param paths path patterns the service owns, e.g. {@code /api/v1/tickets/**} (which also matches
     *              {@code /api/v1/tickets} itself)
     */
    public record ServiceRoute(@NotBlank @Pattern(regexp = "[a-z0-9-]+") String id, @NotBlank String title,
                               @NotEmpty List<@Pattern(regexp = "/api/v1/.+") String> paths) {

        /** Where the gateway serves this service's OpenAPI document (the service's own {@code /v3/api-docs}). */
        public String apiDocsPath() {
            return "/v3/api-docs/" + id;
        }
    }
}
