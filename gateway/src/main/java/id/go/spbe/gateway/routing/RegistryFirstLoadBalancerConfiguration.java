package id.go.spbe.gateway.routing;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/**
 * Where {@code lb://<service-id>} finds instances: Eureka first, the static instance from
 * {@code spring.cloud.discovery.client.simple.instances} when Eureka has none (registry down, not started yet,
 * or the service not registered).
 *
 * <p>The order itself is Spring Cloud's: the reactive composite discovery client asks its clients sorted by
 * {@code getOrder()} and takes the first non-empty answer. Eureka's order is {@code eureka.client.order} (0) and
 * the static client's is {@code spring.cloud.discovery.client.simple.order}, set to 100 in application.yml so it
 * comes last. The per-service configuration ({@link RegistryFirstInstanceSupplierConfiguration}) only adds a log
 * line when a service switches between the two, and leaves out the load balancer's instance cache.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = RegistryFirstInstanceSupplierConfiguration.class)
class RegistryFirstLoadBalancerConfiguration {
}
