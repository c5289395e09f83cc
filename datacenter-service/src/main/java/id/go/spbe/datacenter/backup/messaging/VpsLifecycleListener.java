package id.go.spbe.datacenter.backup.messaging;

import id.go.spbe.datacenter.backup.BackupPolicies;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * D6: a VPS that goes into service gets its backup policy, and loses it when retired. Fed by this service's own VPS
 * events from the broker, not by a call inside the VPS transaction: the VPS change and its event are one write, and
 * the policy follows even if the process died right after it (the platform's inbox drops repeats; the policy id is
 * derived from the VPS, so a redelivery creates nothing twice).
 */
@Component
class VpsLifecycleListener implements EventConsumer {

    static final String TOPIC = "spbe.datacenter.vps.v1";
    static final String ACTIVATED = "id.go.spbe.vps.activated.v1";
    static final String DECOMMISSIONED = "id.go.spbe.vps.decommissioned.v1";

    record VpsActivated(@NotBlank String vpsId, @NotBlank String opd, @NotBlank String applicationName,
            @NotBlank String activatedBy, @NotNull Instant occurredAt) {
    }

    record VpsDecommissioned(@NotBlank String vpsId, @NotBlank String reason, @NotBlank String decommissionedBy,
            @NotNull Instant occurredAt) {
    }

    private final BackupPolicies policies;

    VpsLifecycleListener(BackupPolicies policies) {
        this.policies = policies;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("backup-vps").groupId("datacenter-service.backup-vps").topics(TOPIC)
                .on(ACTIVATED, VpsActivated.class, (d, e) -> policies.ensureForActivatedVps(d.vpsId(), d.opd(),
                        d.applicationName(), d.activatedBy(), d.occurredAt()))
                .on(DECOMMISSIONED, VpsDecommissioned.class, (d, e) -> policies.retireForDecommissionedVps(
                        d.vpsId(), d.reason(), d.decommissionedBy(), d.occurredAt()));
    }
}
