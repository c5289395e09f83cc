package id.go.spbe.gateway.routing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Locale;
import java.util.Map;

/**
 * The gateway's discovery mode, {@code spbe.gateway.discovery} (env {@code SPBE_GATEWAY_DISCOVERY}):
 * <ul>
 *   <li>{@code registry} (default): Eureka first, the static instance when the registry has no proven instance;</li>
 *   <li>{@code static}: no registry at all. The Eureka client is switched off, so nothing is fetched from or
 *       registered with a registry, and every route goes to its static instance
 *       ({@code APP_REGISTRY_URI} … {@code MONEV_URI}), e.g. a Kubernetes Service DNS name. This is how a
 *       production deployment avoids the registry and its attack surface entirely.</li>
 * </ul>
 */
public class DiscoveryModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String PROPERTY = "spbe.gateway.discovery";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String mode = environment.getProperty(PROPERTY, "registry").trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "registry" -> { }
            case "static" -> environment.getPropertySources().addFirst(new MapPropertySource("spbeStaticDiscovery",
                    Map.of("eureka.client.enabled", "false")));
            default -> throw new IllegalStateException(PROPERTY + " must be 'registry' or 'static', not '" + mode
                    + "'");
        }
    }
}
