package id.go.spbe.monev.evidence.messaging;

import id.go.spbe.monev.evidence.OperationsReadModel;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Evidence for indicator 16, level 4 ("Terpadu"): the links of the region's data centres to the national and
 * provincial data centres (D1) as datacenter-service's register reports them — at registration, on an update and on
 * every status change — feed {@code evidence_upstream_links}. Inbox consumer {@code monev-evidence-datacenter-links}.
 */
@Component
class DataCenterLinkEvidenceListener implements EventConsumer {

    static final String DATA_CENTERS = "spbe.datacenter.data-center.v1";

    record Link(@NotBlank String upstream, @NotBlank String status) {
    }

    /** DataCenterRegistered and DataCenterUpdated: the links as they stand. */
    record DataCenterLinks(@NotBlank String code, @NotNull List<@Valid @NotNull Link> links,
            @NotNull Instant occurredAt) {
    }

    record LinkStatusChanged(@NotBlank String code, @NotBlank String upstream, @NotBlank String to,
            @NotNull Instant occurredAt) {
    }

    private final OperationsReadModel operations;

    DataCenterLinkEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("monev-evidence-datacenter-links")
                .groupId("monev-service.evidence-datacenter-links").topics(DATA_CENTERS)
                .on("id.go.spbe.data-center.registered.v1", DataCenterLinks.class, (d, e) -> links(d))
                .on("id.go.spbe.data-center.updated.v1", DataCenterLinks.class, (d, e) -> links(d))
                .on("id.go.spbe.data-center.link-status-changed.v1", LinkStatusChanged.class, (d, e) ->
                        operations.upstreamLinkReported(d.code(), d.upstream(), d.to(), d.occurredAt()));
    }

    private void links(DataCenterLinks data) {
        data.links().forEach(l -> operations.upstreamLinkReported(data.code(), l.upstream(), l.status(),
                data.occurredAt()));
    }
}
