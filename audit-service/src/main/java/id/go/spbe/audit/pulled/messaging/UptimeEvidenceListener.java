package id.go.spbe.audit.pulled.messaging;

import id.go.spbe.audit.pulled.OperationsReadModel;
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
 * Uptime for engagements: datacenter-service's monitors with their SLO and the outages they open and close (D3).
 * Consumer {@code audit-evidence-uptime}, group {@code audit-service.evidence-uptime}.
 */
@Component
class UptimeEvidenceListener implements EventConsumer {

    static final String UPTIME = "spbe.datacenter.uptime.v1";

    record MonitorConfigured(@NotBlank String monitorId, @NotBlank String opd, @NotBlank String name,
            @NotBlank String target, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal sloPercent,
            boolean active, @NotNull Instant occurredAt) {
    }

    record ServiceDown(@NotBlank String monitorId, @NotBlank String opd, @NotBlank String outageId,
            @NotNull Instant since, @NotNull Instant occurredAt) {
    }

    record ServiceUp(@NotBlank String monitorId, @NotBlank String opd, @NotBlank String outageId,
            @NotNull Instant since, @NotNull Instant endedAt, @NotNull Instant occurredAt) {
    }

    private final OperationsReadModel operations;

    UptimeEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("audit-evidence-uptime").groupId("audit-service.evidence-uptime")
                .topics(UPTIME)
                .on("id.go.spbe.monitor.configured.v1", MonitorConfigured.class, (d, e) ->
                        operations.monitorConfigured(d.monitorId(), d.opd(), d.name(), d.target(), d.sloPercent(),
                                d.active(), d.occurredAt()))
                .on("id.go.spbe.service.down.v1", ServiceDown.class, (d, e) ->
                        operations.outage(d.outageId(), d.monitorId(), d.opd(), d.since(), null, d.occurredAt()))
                .on("id.go.spbe.service.up.v1", ServiceUp.class, (d, e) ->
                        operations.outage(d.outageId(), d.monitorId(), d.opd(), d.since(), d.endedAt(),
                                d.occurredAt()));
    }
}
