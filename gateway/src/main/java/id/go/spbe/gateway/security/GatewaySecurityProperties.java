package id.go.spbe.gateway.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * Who may pass the gateway ({@code spbe.gateway.*}).
 *
 * @param publicPaths path patterns anyone may call without a token ({@code spbe.gateway.public-paths}); everything
 *                    else needs a valid token
 * @param jwt         how tokens are validated
 */
@Validated
@ConfigurationProperties("spbe.gateway")
public record GatewaySecurityProperties(@NotNull List<String> publicPaths, @Valid @NotNull Jwt jwt) {

    /**
     * @param issuerUri the Keycloak realm (env {@code KEYCLOAK_ISSUER_URI}); discovery and JWKS are fetched from
     *                  it on the first token, so the gateway starts while Keycloak is still down
     * @param audience  the audience every token must carry; the check cannot be switched off, only renamed
     */
    public record Jwt(@NotBlank String issuerUri, @NotBlank String audience) {
    }
}
