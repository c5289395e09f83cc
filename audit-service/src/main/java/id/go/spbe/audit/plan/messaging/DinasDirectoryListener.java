package id.go.spbe.audit.plan.messaging;

import id.go.spbe.audit.plan.InfrastructureInventory;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Catch-up of the infrastructure universe (AU4, AU6): the data centers and the WAN belong to the Dinas (RL p19(4),
 * p23(6)a), so their inventory items wait until the OPD directory flags one; when app-registry's OPD events say an
 * active OPD is the Dinas, the waiting objects join the plan. Its own consumer group ({@code audit-plan-dinas}, with
 * its inbox) beside the platform's directory consumer; repeats re-derive the same objects and change nothing.
 */
@Component
class DinasDirectoryListener implements EventConsumer {

    static final String OPDS = "spbe.app-registry.opd.v1";
    static final String REGISTERED = "id.go.spbe.opd.registered.v1";
    static final String UPDATED = "id.go.spbe.opd.updated.v1";

    /** This consumer's copy of the fields it reads from OpdRegistered and OpdUpdated (full state). */
    record OpdSeen(@NotBlank String code, Boolean dinas, Boolean active, Instant occurredAt) {
    }

    private final InfrastructureInventory inventory;

    DinasDirectoryListener(InfrastructureInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("audit-plan-dinas").topics(OPDS)
                .on(REGISTERED, OpdSeen.class, this::onOpd)
                .on(UPDATED, OpdSeen.class, this::onOpd);
    }

    void onOpd(OpdSeen data, CloudEvent event) {
        if (!Boolean.TRUE.equals(data.dinas()) || Boolean.FALSE.equals(data.active())) {
            return;
        }
        Instant at = data.occurredAt() != null ? data.occurredAt()
                : event.time() != null ? event.time() : Instant.now();
        inventory.dinasNamed(data.code(), at);
    }
}
