package id.go.spbe.monev.evidence.messaging;

import id.go.spbe.monev.evidence.OperationsReadModel;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Evidence for indicator 18: app-registry's integration register (A13) feeds {@code evidence_integrations} — a
 * relation is active from its recording or the acceptance of its proposal until it ends. Proposals and declines are
 * not routed: they never make a relation active. Inbox consumer {@code monev-evidence-integrations}.
 */
@Component
class IntegrationEvidenceListener implements EventConsumer {

    static final String TOPIC = "spbe.app-registry.integration.v1";

    record Recorded(@NotBlank String integrationId, @NotBlank String providerOpd, @NotBlank String consumerOpd,
            @NotBlank String kind, @NotNull Instant recordedAt) {
    }

    record Accepted(@NotBlank String integrationId, @NotBlank String providerOpd, @NotBlank String consumerOpd,
            @NotBlank String kind, @NotNull Instant acceptedAt) {
    }

    record Ended(@NotBlank String integrationId, @NotBlank String providerOpd, @NotBlank String consumerOpd,
            @NotBlank String kind, @NotNull Instant endedAt) {
    }

    private final OperationsReadModel operations;

    IntegrationEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("monev-evidence-integrations").groupId("monev-service.evidence-integrations")
                .topics(TOPIC)
                .on("id.go.spbe.integration.recorded.v1", Recorded.class, (d, e) -> operations.integrationActive(
                        d.integrationId(), d.providerOpd(), d.consumerOpd(), d.kind(), d.recordedAt()))
                .on("id.go.spbe.integration.accepted.v1", Accepted.class, (d, e) -> operations.integrationActive(
                        d.integrationId(), d.providerOpd(), d.consumerOpd(), d.kind(), d.acceptedAt()))
                .on("id.go.spbe.integration.ended.v1", Ended.class, (d, e) -> operations.integrationEnded(
                        d.integrationId(), d.providerOpd(), d.consumerOpd(), d.kind(), d.endedAt()));
    }
}
