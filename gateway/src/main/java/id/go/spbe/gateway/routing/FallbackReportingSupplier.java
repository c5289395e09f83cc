package id.go.spbe.gateway.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Passes the discovered instances through unchanged and reports, once per change, whether they came from the
 * registry or from the static configuration. Static instances are plain {@link DefaultServiceInstance}s with a
 * configured URI; Eureka's are its own type.
 */
class FallbackReportingSupplier extends DelegatingServiceInstanceListSupplier {

    private static final Logger log = LoggerFactory.getLogger(FallbackReportingSupplier.class);

    enum Source { NONE, REGISTRY, STATIC }

    private final Set<URI> staticUris;
    private final AtomicReference<Source> lastSource = new AtomicReference<>(Source.REGISTRY);

    FallbackReportingSupplier(ServiceInstanceListSupplier delegate, Set<URI> staticUris) {
        super(delegate);
        this.staticUris = staticUris;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return getDelegate().get().doOnNext(this::report);
    }

    Source lastSource() {
        return lastSource.get();
    }

    private void report(List<ServiceInstance> instances) {
        Source source = sourceOf(instances);
        Source previous = lastSource.getAndSet(source);
        if (source == previous) {
            return;
        }
        switch (source) {
            case STATIC -> log.warn("Registry has no instance of {}; routing to the static instance {} "
                    + "(spring.cloud.discovery.client.simple.instances)", getServiceId(), uris(instances));
            case REGISTRY -> log.info("Routing {} to registry instances {} again", getServiceId(), uris(instances));
            case NONE -> log.warn("No instance of {} in the registry and no static instance: requests get 503",
                    getServiceId());
        }
    }

    private Source sourceOf(List<ServiceInstance> instances) {
        if (instances.isEmpty()) {
            return Source.NONE;
        }
        boolean allStatic = instances.stream().allMatch(instance ->
                instance.getClass() == DefaultServiceInstance.class && staticUris.contains(instance.getUri()));
        return allStatic ? Source.STATIC : Source.REGISTRY;
    }

    private static List<URI> uris(List<ServiceInstance> instances) {
        return instances.stream().map(ServiceInstance::getUri).toList();
    }
}
