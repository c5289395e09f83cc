package id.go.spbe.gateway.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The routing table ({@code spbe.gateway.services}): one entry per service, in catalogue order. Adding a service
 * means one entry here plus its static fallback instance under
 * {@code spring.cloud.discovery.client.simple.instances}.
 *
 * @param services       the services behind the gateway
 * @param maxRequestSize the largest request body any route accepts unless the route says otherwise
 *                       ({@code spbe.gateway.max-request-size}, default 1MB: JSON commands are small)
 */
@Validated
@ConfigurationProperties("spbe.gateway")
public record ServiceRoutesProperties(@Valid @NotEmpty List<ServiceRoute> services,
                                      @DefaultValue("1MB") @NotNull DataSize maxRequestSize) {

    /**
     * @param id    the service id ({@code spring.application.name}) as registered in Eureka; also the route id,
     *              the circuit breaker name and the catalogue entry name
     * @param title the catalogue's display name
     * @param paths path patterns the service owns, e.g. {@code /api/v1/tickets/**} (which also matches
     *              {@code /api/v1/tickets} itself)
     * @param uploads the service's paths that accept larger bodies than {@code spbe.gateway.max-request-size}
     */
    public record ServiceRoute(@NotBlank @Pattern(regexp = "[a-z0-9-]+") String id, @NotBlank String title,
                               @NotEmpty List<@Pattern(regexp = "/api/v1/.+") String> paths,
                               @Valid List<Upload> uploads) {

        public ServiceRoute {
            uploads = uploads == null ? List.of() : List.copyOf(uploads);
        }

        /** Where the gateway serves this service's OpenAPI document (the service's own {@code /v3/api-docs}). */
        public String apiDocsPath() {
            return "/v3/api-docs/" + id;
        }
    }

    /**
     * Paths of one service that take uploads, and how large their bodies may be. Keep it equal to the service's
     * own limit (e.g. app-registry's {@code DOCUMENTS_MAX_SIZE}): the gateway answers 413 before forwarding, so a
     * body over the limit never costs the service a connection.
     *
     * @param paths          path patterns, e.g. {@code /api/v1/applications/*}{@code /documents}
     * @param maxRequestSize the largest whole request body (a multipart envelope included)
     */
    public record Upload(@NotEmpty List<@Pattern(regexp = "/api/v1/.+") String> paths,
                         @NotNull DataSize maxRequestSize) {
    }
}
