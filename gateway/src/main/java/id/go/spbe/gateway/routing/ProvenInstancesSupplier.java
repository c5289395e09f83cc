package id.go.spbe.gateway.routing;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Leaves out the instances {@link RegistrationVerifier} refuses. When the registry offered instances but none of
 * them is proven, the service is routed to its static instance, exactly as if the registry had none: a forged
 * registration can neither receive traffic nor take the service down.
 */
class ProvenInstancesSupplier extends DelegatingServiceInstanceListSupplier {

    private final RegistrationVerifier verifier;
    private final ReactiveDiscoveryClient staticInstances;

    ProvenInstancesSupplier(ServiceInstanceListSupplier delegate, RegistrationVerifier verifier,
            ReactiveDiscoveryClient staticInstances) {
        super(delegate);
        this.verifier = verifier;
        this.staticInstances = staticInstances;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return getDelegate().get().concatMap(this::proven);
    }

    private Mono<List<ServiceInstance>> proven(List<ServiceInstance> discovered) {
        List<ServiceInstance> proven = discovered.stream().filter(verifier::mayRouteTo).toList();
        if (proven.isEmpty() && !discovered.isEmpty()) {
            return staticInstances.getInstances(getServiceId()).collectList();
        }
        return Mono.just(proven);
    }
}
