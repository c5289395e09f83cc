package id.go.spbe.gateway.routing;

import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryClient;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryProperties;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The instance supplier of one service, created in the load balancer's child context for that service (so it is
 * deliberately not a {@code @Configuration} the application context would pick up).
 *
 * <p>Registry instances without a valid registration proof are left out first ({@link ProvenInstancesSupplier}).
 * No caching layer: Eureka's client already keeps the registry in memory, and a cache would hold on to a
 * fallback decision (or a stopped instance) for its whole TTL.
 */
class RegistryFirstInstanceSupplierConfiguration {

    @Bean
    ServiceInstanceListSupplier serviceInstanceListSupplier(ConfigurableApplicationContext context,
            Environment environment, SimpleReactiveDiscoveryProperties staticInstances,
            RegistrationVerifier verifier) {
        String serviceId = LoadBalancerClientFactory.getName(environment);
        Set<URI> staticUris = staticInstances.getInstances(serviceId).stream()
                .map(InstanceProperties::getUri)
                .collect(Collectors.toUnmodifiableSet());
        return ServiceInstanceListSupplier.builder()
                .withDiscoveryClient()
                .with((ctx, discovery) -> new ProvenInstancesSupplier(discovery, verifier,
                        new SimpleReactiveDiscoveryClient(staticInstances)))
                .with((ctx, discovery) -> new FallbackReportingSupplier(discovery, staticUris))
                .build(context);
    }
}
