package id.go.spbe.registry.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The one account every registry client (services, gateway) presents with HTTP Basic ({@code spbe.registry.*},
 * env {@code EUREKA_USERNAME} / {@code EUREKA_PASSWORD}). Clients take the same properties from
 * spbe-platform-discovery and put them into the userinfo of {@code EUREKA_URI}.
 *
 * @param username the account name; no {@code :} (Eureka's client splits the URL's userinfo on it)
 * @param password the shared secret; the committed default {@value #DEV_PASSWORD} is accepted only while the
 *                 registry listens on the loopback interface (see {@link DevPasswordGuard})
 */
@Validated
@ConfigurationProperties("spbe.registry")
public record RegistryCredentials(@NotBlank @Pattern(regexp = "[^:]+") String username, @NotBlank String password) {

    /** The development-only password committed in application.yml for the embedded run on one machine. */
    public static final String DEV_PASSWORD = "dev-only-registry-password";

    public boolean isDevDefault() {
        return DEV_PASSWORD.equals(password);
    }

    @Override
    public String toString() {
        return "RegistryCredentials[username=" + username + ", password=***]";
    }
}
