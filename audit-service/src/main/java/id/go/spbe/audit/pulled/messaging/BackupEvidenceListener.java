package id.go.spbe.audit.pulled.messaging;

import id.go.spbe.audit.pulled.OperationsReadModel;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Backup compliance for engagements: datacenter-service's VPS life cycle (which application a VPS hosts, in which
 * data center) and every reported backup run (D6), failed ones included. Its own inbox (consumer
 * {@code audit-evidence-backups}, group {@code audit-service.evidence-backups}), separate from the plan's VPS consumer
 * so neither can hold the other back.
 */
@Component
class BackupEvidenceListener implements EventConsumer {

    static final String VPS = "spbe.datacenter.vps.v1";
    static final String BACKUPS = "spbe.datacenter.backup.v1";

    record VpsActivated(@NotBlank String vpsId, @NotBlank String opd, String applicationId, String dataCenter,
            String hostname, @NotNull Instant occurredAt) {
    }

    record VpsDecommissioned(@NotBlank String vpsId, @NotBlank String opd, String applicationId, String dataCenter,
            @NotNull Instant occurredAt) {
    }

    record BackupRunReported(@NotBlank String runId, @NotBlank String policyId, @NotBlank String opd,
            @NotBlank String systemKind, @NotBlank String systemId, @NotNull Instant startedAt,
            @NotBlank String result, boolean offsite, @NotNull Instant occurredAt) {
    }

    private final OperationsReadModel operations;

    BackupEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("audit-evidence-backups").groupId("audit-service.evidence-backups")
                .topics(VPS, BACKUPS)
                .on("id.go.spbe.vps.activated.v1", VpsActivated.class, (d, e) -> operations.vpsActivated(
                        d.vpsId(), d.opd(), d.applicationId(), d.dataCenter(), d.hostname(), d.occurredAt()))
                .on("id.go.spbe.vps.decommissioned.v1", VpsDecommissioned.class, (d, e) ->
                        operations.vpsDecommissioned(d.vpsId(), d.opd(), d.applicationId(), d.dataCenter(),
                                d.occurredAt()))
                .on("id.go.spbe.backup-run.reported.v1", BackupRunReported.class, (d, e) -> operations.backupRun(
                        d.runId(), d.policyId(), d.opd(), d.systemKind(), d.systemId(), d.startedAt(), d.result(),
                        d.offsite(), d.occurredAt()));
    }
}
