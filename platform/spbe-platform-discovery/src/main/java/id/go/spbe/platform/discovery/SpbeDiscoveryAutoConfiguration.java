package id.go.spbe.platform.discovery;

import com.netflix.discovery.EurekaClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.time.Duration;

/** Reports registry outages as one clear line (see {@link RegistryReachabilityLogger}). */
@AutoConfiguration
@ConditionalOnClass(EurekaClient.class)
@ConditionalOnProperty(name = "eureka.client.enabled", havingValue = "true", matchIfMissing = true)
public class SpbeDiscoveryAutoConfiguration {

    @Bean
    public RegistryReachabilityLogger registryReachabilityLogger(@Value("${eureka.client.service-url.defaultZone:http://localhost:8761/eureka/}") String registryUrls,
            @Value("${spbe.discovery.unreachable-after:30s}") Duration tolerance) {
        // the service URL carries the registry credentials (RegistryCredentialsEnvironmentPostProcessor)
        String registryUrl = RegistryCredentialsEnvironmentPostProcessor.withoutCredentials(registryUrls);
        return new RegistryReachabilityLogger(registryUrl, tolerance, Duration.ofSeconds(5));
    }
}
