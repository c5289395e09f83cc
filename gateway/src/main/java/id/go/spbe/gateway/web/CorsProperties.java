package id.go.spbe.gateway.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * Cross-origin access for the SPA ({@code spbe.gateway.cors.*}). Browsers only; machine clients are not affected.
 *
 * @param allowedOrigins origins allowed to call the API from a browser (env {@code SPA_ORIGINS}, comma-separated)
 * @param allowedMethods HTTP methods a browser may use
 * @param allowedHeaders request headers a browser may send
 * @param exposedHeaders response headers the SPA may read
 * @param maxAge         how long a browser may cache a preflight answer
 */
@Validated
@ConfigurationProperties("spbe.gateway.cors")
public record CorsProperties(@NotNull List<String> allowedOrigins, @NotNull List<String> allowedMethods,
                             @NotNull List<String> allowedHeaders, @NotNull List<String> exposedHeaders,
                             @NotNull Duration maxAge) {
}
