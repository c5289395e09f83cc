package id.go.spbe.monev.evidence.messaging;

import id.go.spbe.monev.evidence.OperationsReadModel;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Evidence for indicator 24: the platform's ICT asset inventories feed {@code evidence_assets} — app-registry's
 * application register (registered, decommissioned; software), network-service's sites (registered, updated) and WAN
 * circuits (changed; a decommissioned one leaves) — and datacenter-service's frozen yearly usage review (D5) feeds
 * {@code evidence_usage_reviews}. VPS come from {@code evidence_vps} ({@link DataCenterEvidenceListener}). Inbox
 * consumer {@code monev-evidence-assets}.
 */
@Component
class AssetEvidenceListener implements EventConsumer {

    static final String APPLICATIONS = "spbe.app-registry.application.v1";
    static final String SITES = "spbe.network.site.v1";
    static final String WAN_LINKS = "spbe.network.wan-link.v1";
    static final String USAGE_REVIEWS = "spbe.datacenter.usage-review.v1";

    record ApplicationRegistered(@NotBlank String applicationId, @NotBlank String ownerOpd, String status,
            @NotNull Instant registeredAt) {
    }

    record ApplicationStatusChanged(@NotBlank String applicationId, @NotBlank String ownerOpd, @NotBlank String to,
            @NotNull Instant occurredAt) {
    }

    record ApplicationDecommissioned(@NotBlank String applicationId, @NotBlank String ownerOpd,
            @NotNull Instant occurredAt) {
    }

    record Site(@NotBlank String siteId, @NotBlank String opdCode, @NotNull Instant occurredAt) {
    }

    record WanLinkChanged(@NotBlank String wanLinkId, @NotBlank String status, @NotBlank String aOpdCode,
            @NotBlank String bOpdCode, LocalDate decommissionedOn, @NotNull Instant occurredAt) {
    }

    record UsageReviewFrozen(int year) {
    }

    private final OperationsReadModel operations;

    AssetEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("monev-evidence-assets").groupId("monev-service.evidence-assets")
                .topics(APPLICATIONS, SITES, WAN_LINKS, USAGE_REVIEWS)
                .on("id.go.spbe.application.registered.v1", ApplicationRegistered.class, this::onRegistered)
                .on("id.go.spbe.application.status-changed.v1", ApplicationStatusChanged.class, (d, e) ->
                        operations.applicationStatus(d.applicationId(), d.ownerOpd(), d.to(), d.occurredAt()))
                .on("id.go.spbe.application.decommissioned.v1", ApplicationDecommissioned.class, (d, e) ->
                        operations.assetRetired("APPLICATION", d.applicationId(), List.of(d.ownerOpd()),
                                d.occurredAt()))
                .on("id.go.spbe.site.registered.v1", Site.class, this::onSite)
                .on("id.go.spbe.site.updated.v1", Site.class, this::onSite)
                .on("id.go.spbe.wan-link.changed.v1", WanLinkChanged.class, this::onWanLink)
                .on("id.go.spbe.usage-review.frozen.v1", UsageReviewFrozen.class, (d, e) ->
                        operations.usageReviewFrozen(d.year()));
    }

    void onRegistered(ApplicationRegistered data, CloudEvent event) {
        operations.assetRecorded("APPLICATION", data.applicationId(), List.of(data.ownerOpd()), data.registeredAt());
        if (data.status() != null) {
            operations.applicationStatus(data.applicationId(), data.ownerOpd(), data.status(), data.registeredAt());
        }
    }

    void onSite(Site data, CloudEvent event) {
        operations.assetRecorded("SITE", data.siteId(), List.of(data.opdCode()), data.occurredAt());
    }

    /** Registered or updated: in the inventory; decommissioned: it leaves on its decommissioning day. */
    void onWanLink(WanLinkChanged data, CloudEvent event) {
        List<String> ends = data.aOpdCode().equals(data.bOpdCode()) ? List.of(data.aOpdCode())
                : List.of(data.aOpdCode(), data.bOpdCode());
        operations.assetRecorded("WAN_LINK", data.wanLinkId(), ends, data.occurredAt());
        if ("DECOMMISSIONED".equals(data.status())) {
            // noon UTC keeps the producer's date in the same year in every Indonesian time zone
            Instant retired = data.decommissionedOn() == null ? data.occurredAt()
                    : data.decommissionedOn().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
            operations.assetRetired("WAN_LINK", data.wanLinkId(), ends, retired);
        }
    }
}
