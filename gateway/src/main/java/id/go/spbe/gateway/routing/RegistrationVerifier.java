package id.go.spbe.gateway.routing;

import id.go.spbe.platform.discovery.RegistrationProof;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.netflix.eureka.EurekaServiceInstance;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether the gateway may route to a discovered instance (issue 7, defect 1). Instances from the
 * registry must carry a valid {@link RegistrationProof}: whoever can reach the registry could otherwise register
 * a listener of theirs under a service's name and receive its callers' requests and bearer tokens. Static
 * instances come from the gateway's own configuration and are trusted.
 *
 * <p>Each refused instance is logged once and counted once ({@value #REFUSED_METRIC}, tagged with the service),
 * however often the load balancer asks; the memory of refused instances is bounded so that a flood of forged
 * registrations cannot grow it without limit.
 */
@Component
public class RegistrationVerifier {

    static final String REFUSED_METRIC = "spbe.gateway.registry.refused.instances";
    private static final Logger log = LoggerFactory.getLogger(RegistrationVerifier.class);
    private static final int MAX_REMEMBERED = 10_000;

    private final ObjectProvider<RegistrationProof> proof;
    private final MeterRegistry meters;
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public RegistrationVerifier(ObjectProvider<RegistrationProof> proof, MeterRegistry meters) {
        this.proof = proof;
        this.meters = meters;
    }

    /** Whether requests may go to this instance. */
    public boolean mayRouteTo(ServiceInstance instance) {
        if (!(instance instanceof EurekaServiceInstance registered)) {
            return true;
        }
        RegistrationProof verifier = proof.getIfAvailable();
        if (verifier == null) {
            reportOnce(registered, identity(registered));
            return false;
        }
        // every load-balanced call asks; the verdict for the same coordinates and proof never changes
        String identity = identity(registered);
        if (verdicts.size() >= MAX_REMEMBERED) {
            verdicts.clear();
        }
        boolean proven = verdicts.computeIfAbsent(identity, ignored -> verifier.verify(registered.getInstanceInfo()));
        if (!proven) {
            reportOnce(registered, identity);
        }
        return proven;
    }

    /** Everything the proof covers, and the proof itself. */
    private static String identity(EurekaServiceInstance instance) {
        return instance.getServiceId() + "|" + instance.getInstanceId() + "|" + instance.getUri() + "|"
                + instance.getMetadata().get(RegistrationProof.METADATA_KEY);
    }

    private void reportOnce(EurekaServiceInstance instance, String key) {
        if (reported.size() >= MAX_REMEMBERED) {
            reported.clear();
        }
        if (!reported.add(key)) {
            return;
        }
        Counter.builder(REFUSED_METRIC)
                .description("Registry instances refused because their registration proof is missing or invalid")
                .tag("service", instance.getServiceId().toLowerCase(Locale.ROOT))
                .register(meters)
                .increment();
        log.warn("SECURITY: refusing registry instance {} of {} at {}: its registration proof ({}) is {}; no "
                        + "request is routed to it", instance.getInstanceId(), instance.getServiceId(),
                instance.getUri(), RegistrationProof.METADATA_KEY,
                instance.getMetadata().containsKey(RegistrationProof.METADATA_KEY) ? "invalid" : "missing");
    }
}
