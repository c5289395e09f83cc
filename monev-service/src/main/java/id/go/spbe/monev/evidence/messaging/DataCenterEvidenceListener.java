package id.go.spbe.monev.evidence.messaging;

import id.go.spbe.monev.evidence.OperationsReadModel;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Evidence for indicator 16: datacenter-service's VPS lifecycle (activated, decommissioned) and backup runs (D6)
 * feed {@code evidence_vps}. Only successful runs of a VPS count; an application's backups and failed runs are not
 * read. Inbox consumer {@code monev-evidence-datacenter}.
 */
@Component
class DataCenterEvidenceListener implements EventConsumer {

    static final String VPS = "spbe.datacenter.vps.v1";
    static final String BACKUPS = "spbe.datacenter.backup.v1";

    record VpsActivated(@NotBlank String vpsId, @NotBlank String opd, @NotNull Instant occurredAt) {
    }

    record VpsDecommissioned(@NotBlank String vpsId, @NotBlank String opd, @NotNull Instant occurredAt) {
    }

    record BackupRunReported(@NotBlank String opd, @NotBlank String systemKind, @NotBlank String systemId,
            @NotNull Instant startedAt, @NotBlank String result, boolean offsite) {
    }

    private final OperationsReadModel operations;

    DataCenterEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("monev-evidence-datacenter").groupId("monev-service.evidence-datacenter")
                .topics(VPS, BACKUPS)
                .on("id.go.spbe.vps.activated.v1", VpsActivated.class, (d, e) ->
                        operations.vpsActivated(d.vpsId(), d.opd(), d.occurredAt()))
                .on("id.go.spbe.vps.decommissioned.v1", VpsDecommissioned.class, (d, e) ->
                        operations.vpsDecommissioned(d.vpsId(), d.opd(), d.occurredAt()))
                .on("id.go.spbe.backup-run.reported.v1", BackupRunReported.class, this::onBackupRun);
    }

    void onBackupRun(BackupRunReported data, CloudEvent event) {
        if ("VPS".equals(data.systemKind()) && "SUCCESS".equals(data.result())) {
            operations.vpsBackedUp(data.systemId(), data.opd(), data.startedAt(), data.offsite());
        }
    }
}
