package id.go.spbe.monev.evidence.messaging;

import id.go.spbe.monev.evidence.OperationsReadModel;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Evidence for indicator 16, level 4: datacenter-service's uptime monitoring (D3) — monitors with their SLO and the
 * outages they open and close — feeds {@code evidence_monitors} and {@code evidence_outages}. Maintenance windows
 * are not read: the producer opens no outage inside one. Inbox consumer {@code monev-evidence-uptime}.
 */
@Component
class UptimeEvidenceListener implements EventConsumer {

    static final String UPTIME = "spbe.datacenter.uptime.v1";

    record MonitorConfigured(@NotBlank String monitorId, @NotBlank String opd,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal sloPercent, boolean active,
            @NotNull Instant occurredAt) {
    }

    record ServiceDown(@NotBlank String monitorId, @NotBlank String opd, @NotBlank String outageId,
            @NotNull Instant since) {
    }

    record ServiceUp(@NotBlank String monitorId, @NotBlank String opd, @NotBlank String outageId,
            @NotNull Instant since, @NotNull Instant endedAt) {
    }

    private final OperationsReadModel operations;

    UptimeEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("monev-evidence-uptime").groupId("monev-service.evidence-uptime")
                .topics(UPTIME)
                .on("id.go.spbe.monitor.configured.v1", MonitorConfigured.class, (d, e) ->
                        operations.monitorConfigured(d.monitorId(), d.opd(), d.sloPercent(), d.active(),
                                d.occurredAt()))
                .on("id.go.spbe.service.down.v1", ServiceDown.class, (d, e) ->
                        operations.outage(d.outageId(), d.monitorId(), d.opd(), d.since(), null))
                .on("id.go.spbe.service.up.v1", ServiceUp.class, (d, e) ->
                        operations.outage(d.outageId(), d.monitorId(), d.opd(), d.since(), d.endedAt()));
    }
}
