package id.go.spbe.audit.plan.messaging;

import id.go.spbe.audit.plan.InfrastructureInventory;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Feeds the audit universe from the data-center inventory (AU4, AU6): each registered data center is an
 * infrastructure object; an active VPS is in its data center's scope until it is decommissioned. Its own inbox
 * (consumer {@code audit-plan-datacenter}) skips redeliveries; the planner's records are order-safe besides. Other
 * types on the topics are not routed.
 */
@Component
class DatacenterEventsListener implements EventConsumer {

    static final String DATA_CENTERS = "spbe.datacenter.data-center.v1";
    static final String VPS = "spbe.datacenter.vps.v1";
    static final String REGISTERED = "id.go.spbe.data-center.registered.v1";
    static final String UPDATED = "id.go.spbe.data-center.updated.v1";
    static final String VPS_ACTIVATED = "id.go.spbe.vps.activated.v1";
    static final String VPS_DECOMMISSIONED = "id.go.spbe.vps.decommissioned.v1";

    /** This consumer's copy of the fields it reads from DataCenterRegistered and DataCenterUpdated. */
    record DataCenterSeen(@NotBlank String code, @NotBlank String name, @NotNull Instant occurredAt) {
    }

    record VpsActivated(@NotBlank String vpsId, @NotBlank String opd, @NotBlank String dataCenter, String hostname,
            @NotNull Instant occurredAt) {
    }

    /** {@code dataCenter} is absent when the VPS never got one. */
    record VpsDecommissioned(@NotBlank String vpsId, @NotBlank String opd, String dataCenter, String reason,
            @NotNull Instant occurredAt) {
    }

    private final InfrastructureInventory inventory;

    DatacenterEventsListener(InfrastructureInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("audit-plan-datacenter").topics(DATA_CENTERS, VPS)
                .on(REGISTERED, DataCenterSeen.class, this::onDataCenter)
                .on(UPDATED, DataCenterSeen.class, this::onDataCenter)
                .on(VPS_ACTIVATED, VpsActivated.class, this::onVpsActivated)
                .on(VPS_DECOMMISSIONED, VpsDecommissioned.class, this::onVpsDecommissioned);
    }

    void onDataCenter(DataCenterSeen data, CloudEvent event) {
        inventory.dataCenterSeen(data.code(), data.name(), data.occurredAt());
    }

    void onVpsActivated(VpsActivated data, CloudEvent event) {
        inventory.vpsActivated(data.vpsId(), data.opd(), data.dataCenter(), data.hostname(), data.occurredAt());
    }

    void onVpsDecommissioned(VpsDecommissioned data, CloudEvent event) {
        inventory.vpsDecommissioned(data.vpsId(), data.opd(), data.dataCenter(), data.reason(), data.occurredAt());
    }
}
