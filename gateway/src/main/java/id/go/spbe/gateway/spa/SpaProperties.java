package id.go.spbe.gateway.spa;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;

/**
 * What the browser SPA is told at runtime ({@code spbe.web.*}, served as {@code /app-config.json}), so one build
 * of the SPA runs in every environment.
 *
 * @param oidc where the SPA signs people in
 */
@Validated
@ConfigurationProperties("spbe.web")
public record SpaProperties(@Valid @NotNull Oidc oidc) {

    /**
     * @param authority the Keycloak realm as the <em>browser</em> reaches it ({@code spbe.web.oidc.authority}, env
     *                  {@code SPBE_WEB_OIDC_AUTHORITY}); defaults to the gateway's own issuer, but behind an
     *                  ingress the gateway may reach Keycloak at an internal address the browser cannot. Its
     *                  origin is the only foreign origin the SPA's Content-Security-Policy allows.
     * @param clientId  the SPA's public client in the realm
     */
    public record Oidc(@NotBlank String authority, @DefaultValue("spbe-web") @NotBlank String clientId) {

        public Oidc {
            URI uri = URI.create(authority);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("spbe.web.oidc.authority must be an absolute http(s) URL: "
                        + authority);
            }
        }

        /** The authority's origin ({@code scheme://host[:port]}) for the Content-Security-Policy. */
        public String origin() {
            URI uri = URI.create(authority);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        }
    }
}
