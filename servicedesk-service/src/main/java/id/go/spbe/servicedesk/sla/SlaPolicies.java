package id.go.spbe.servicedesk.sla;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.sla.domain.PolicyBook;
import id.go.spbe.servicedesk.sla.domain.PolicyVersion;
import id.go.spbe.servicedesk.sla.domain.SlaPolicy;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SLA policies per type × priority (S5), versioned. Seeded once from {@code servicedesk.sla.defaults}; Dinas
 * revises them, each revision a new version.
 */
@Service
@Order(1)
public class SlaPolicies implements ApplicationRunner {

    private final SlaPolicyRepository policies;
    private final SlaProperties properties;
    private final Clock clock;

    SlaPolicies(SlaPolicyRepository policies, SlaProperties properties, Clock clock) {
        this.policies = policies;
        this.properties = properties;
        this.clock = clock;
    }

    public PolicyBook book() {
        Map<String, List<PolicyVersion>> all = policies.findAll().stream()
                .collect(Collectors.toMap(SlaPolicy::id, SlaPolicy::versions));
        return new PolicyBook(all);
    }

    public List<SlaPolicy> all() {
        return policies.findAll(Sort.by("_id"));
    }

    public SlaPolicy get(TicketType type, Priority priority) {
        String id = PolicyBook.key(type, priority);
        return policies.findById(id).orElseThrow(() -> new NotFoundException("Kebijakan SLA", id));
    }

    public SlaPolicy revise(Caller caller, TicketType type, Priority priority, int timeToOwn, int firstResponse,
            int resolution, String reason, String ifMatch) {
        if (!caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("Dinas sets the SLA policies");
        }
        SlaPolicy policy = get(type, priority);
        ETags.checkIfMatch(ifMatch, policy.version());
        policy.revise(timeToOwn, firstResponse, resolution, reason, caller.username(), clock.instant());
        return policies.save(policy);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (TicketType type : TicketType.values()) {
            for (Priority priority : Priority.values()) {
                if (policies.existsById(PolicyBook.key(type, priority))) {
                    continue;
                }
                SlaProperties.Targets t = properties.defaults().get(priority);
                if (t == null) {
                    throw new IllegalStateException("servicedesk.sla.defaults has no targets for " + priority);
                }
                try {
                    policies.insert(SlaPolicy.initial(type, priority, t.timeToOwn(), t.firstResponse(),
                            t.resolution(), clock.instant()));
                } catch (DuplicateKeyException raced) {
                    // another replica seeded it first
                }
            }
        }
    }
}
