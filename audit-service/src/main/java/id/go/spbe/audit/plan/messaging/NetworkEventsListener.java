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
 * Feeds the audit universe from the network inventory (AU4, AU6): an OPD's sites and LAN inventory make its LAN an
 * infrastructure object; the WAN circuits make the region's WAN one, retired when the last circuit is
 * decommissioned. Its own inbox (consumer {@code audit-plan-network}) skips redeliveries; the LAN's inventory
 * revision and the events' times order the rest. Other types on the topics are not routed.
 */
@Component
class NetworkEventsListener implements EventConsumer {

    static final String SITES = "spbe.network.site.v1";
    static final String LANS = "spbe.network.lan.v1";
    static final String WAN_LINKS = "spbe.network.wan-link.v1";
    static final String SITE_REGISTERED = "id.go.spbe.site.registered.v1";
    static final String SITE_UPDATED = "id.go.spbe.site.updated.v1";
    static final String LAN_CHANGED = "id.go.spbe.lan.changed.v1";
    static final String WAN_LINK_CHANGED = "id.go.spbe.wan-link.changed.v1";

    /** This consumer's copy of the fields it reads from SiteRegistered and SiteUpdated (full state). */
    record SiteSeen(@NotBlank String siteId, @NotBlank String opdCode, @NotBlank String name,
            @NotNull Instant occurredAt) {
    }

    /** Every LAN change carries the inventory's counts and revision after it. */
    record LanChanged(@NotBlank String opdCode, @NotNull Integer devices, @NotNull Long inventoryVersion,
            String summary, @NotNull Instant occurredAt) {
    }

    /** The circuit's state after the change. */
    record WanLinkChanged(@NotBlank String wanLinkId, @NotBlank String status, @NotBlank String provider,
            @NotBlank String circuitId, @NotBlank String bOpdCode, @NotNull Instant occurredAt) {
    }

    private final InfrastructureInventory inventory;

    NetworkEventsListener(InfrastructureInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("audit-plan-network").topics(SITES, LANS, WAN_LINKS)
                .on(SITE_REGISTERED, SiteSeen.class, this::onSite)
                .on(SITE_UPDATED, SiteSeen.class, this::onSite)
                .on(LAN_CHANGED, LanChanged.class, this::onLanChanged)
                .on(WAN_LINK_CHANGED, WanLinkChanged.class, this::onWanLinkChanged);
    }

    void onSite(SiteSeen data, CloudEvent event) {
        inventory.siteSeen(data.siteId(), data.opdCode(), data.name(), data.occurredAt());
    }

    void onLanChanged(LanChanged data, CloudEvent event) {
        inventory.lanChanged(data.opdCode(), data.devices(), data.inventoryVersion(), data.summary(),
                data.occurredAt());
    }

    void onWanLinkChanged(WanLinkChanged data, CloudEvent event) {
        inventory.wanLinkChanged(data.wanLinkId(), "DECOMMISSIONED".equals(data.status()), data.bOpdCode(),
                data.provider() + " " + data.circuitId(), data.occurredAt());
    }
}
