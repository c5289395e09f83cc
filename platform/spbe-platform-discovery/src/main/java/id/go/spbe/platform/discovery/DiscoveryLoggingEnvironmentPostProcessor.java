package id.go.spbe.platform.discovery;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The Netflix Eureka client logs a stack trace on every failed fetch, heartbeat and re-registration while the
 * registry is down (several per minute). {@link RegistryReachabilityLogger} reports the outage instead; these
 * loggers are silenced at the lowest precedence, so a deployment can still turn them back on.
 */
public class DiscoveryLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("spbeDiscoveryLogging", Map.of(
                "logging.level.com.netflix.discovery.DiscoveryClient", "OFF",
                "logging.level.com.netflix.discovery.InstanceInfoReplicator", "OFF",
                "logging.level.com.netflix.discovery.shared.transport.decorator.RetryableEurekaHttpClient", "OFF",
                "logging.level.com.netflix.discovery.shared.transport.decorator.RedirectingEurekaHttpClient", "OFF")));
    }
}
