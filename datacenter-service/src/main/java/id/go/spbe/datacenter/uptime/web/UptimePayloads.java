package id.go.spbe.datacenter.uptime.web;

import id.go.spbe.datacenter.uptime.Monitors;
import id.go.spbe.datacenter.uptime.UptimeReports.MonitorReport;
import id.go.spbe.datacenter.uptime.UptimeReports.MonthUptime;
import id.go.spbe.datacenter.uptime.UptimeReports.OpdReport;
import id.go.spbe.datacenter.uptime.domain.MaintenanceWindow;
import id.go.spbe.datacenter.uptime.domain.Monitor;
import id.go.spbe.datacenter.uptime.domain.Outage;
import id.go.spbe.datacenter.uptime.domain.ProbeResult;
import id.go.spbe.datacenter.uptime.domain.ProbeTarget;
import id.go.spbe.datacenter.uptime.domain.Uptime;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the uptime API (D3). */
final class UptimePayloads {

    static final String CODE = "^[A-Z][A-Z0-9_-]{1,29}$";

    private UptimePayloads() {
    }

    /**
     * A monitor as its owner configures it. {@code target}: {@code http://host[:port]/path},
     * {@code https://…} or {@code tcp://host:port}.
     */
    record MonitorForm(@Pattern(regexp = CODE, message = "kode OPD") @Nullable String opd,
            @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 500) String target,
            @Size(max = 64) @Nullable String applicationId,
            @Min(30) @Max(3600) @Nullable Integer intervalSeconds,
            @Min(1) @Max(20) @Nullable Integer failureThreshold,
            @DecimalMin("50.000") @DecimalMax("100.000") @Digits(integer = 3, fraction = 3) @Nullable BigDecimal sloPercent,
            @Nullable Boolean active) {

        Monitors.Settings settings() {
            return new Monitors.Settings(name, target, applicationId, intervalSeconds == null ? 60 : intervalSeconds,
                    failureThreshold == null ? 3 : failureThreshold,
                    sloPercent == null ? new BigDecimal("99.500") : sloPercent);
        }
    }

    record MaintenanceForm(@NotNull Instant from, @NotNull Instant until, @NotBlank @Size(max = 1000) String reason) {
    }

    record ProbeResponse(boolean up, long latencyMillis, @Nullable Integer httpStatus, @Nullable String error) {

        static @Nullable ProbeResponse of(@Nullable ProbeResult r) {
            return r == null ? null : new ProbeResponse(r.up(), r.latencyMillis(), r.httpStatus(), r.error());
        }
    }

    record OutageResponse(String id, Instant since, Instant detectedAt, @Nullable String firstError,
            @Nullable Instant endedAt) {

        static @Nullable OutageResponse of(@Nullable Outage o) {
            return o == null ? null : new OutageResponse(o.id(), o.since(), o.detectedAt(), o.firstError(),
                    o.endedAt());
        }
    }

    record MaintenanceResponse(String id, Instant from, Instant until, String reason, String plannedBy,
            Instant plannedAt) {

        static MaintenanceResponse of(MaintenanceWindow w) {
            return new MaintenanceResponse(w.id(), w.from(), w.until(), w.reason(), w.plannedBy(), w.plannedAt());
        }
    }

    /**
     * A monitor with its state: UP, DOWN (an open outage), FAILING (failures below the threshold), MAINTENANCE (the
     * last probe failed inside planned maintenance), PENDING (not probed yet).
     */
    record MonitorResponse(String id, String opd, String name, String target, ProbeTarget.Protocol protocol,
            @Nullable String applicationId, int intervalSeconds, int failureThreshold, BigDecimal sloPercent,
            boolean active, String state, @Nullable Instant lastProbeAt, @Nullable Instant nextProbeAt,
            @Nullable ProbeResponse lastResult, int consecutiveFailures, @Nullable OutageResponse openOutage,
            @Nullable OutageResponse lastOutage, List<MaintenanceResponse> maintenance, String createdBy,
            Instant createdAt, long version) {

        static MonitorResponse of(Monitor m) {
            String state = m.openOutage() != null ? "DOWN" : m.lastResult() == null ? "PENDING"
                    : m.lastResult().up() ? "UP" : m.inMaintenance(m.lastProbeAt()) ? "MAINTENANCE" : "FAILING";
            return new MonitorResponse(m.id(), m.opd(), m.name(), m.target().uri(), m.target().protocol(),
                    m.applicationId(), m.intervalSeconds(), m.failureThreshold(), m.sloPercent(), m.active(), state,
                    m.lastProbeAt(), m.nextProbeAt(), ProbeResponse.of(m.lastResult()), m.consecutiveFailures(),
                    OutageResponse.of(m.openOutage()), OutageResponse.of(m.lastOutage()),
                    m.maintenance().stream().map(MaintenanceResponse::of).toList(), m.createdBy(), m.createdAt(),
                    m.settingsRevision());
        }
    }

    /**
     * Counted probes exclude planned maintenance; {@code uptimePercent} has three decimals, rounded down, and is
     * absent when nothing was counted.
     */
    record UptimeFigures(long probes, long failures, long maintenanceProbes, long countedProbes,
            @Nullable BigDecimal uptimePercent) {

        static UptimeFigures of(Uptime u) {
            return new UptimeFigures(u.probes(), u.failures(), u.maintenance(), u.counted(), u.percent());
        }
    }

    record MonthFigures(String month, UptimeFigures uptime) {

        static MonthFigures of(MonthUptime m) {
            return new MonthFigures(m.month(), UptimeFigures.of(m.uptime()));
        }
    }

    record MonitorReportResponse(String monitorId, String opd, String name, String target, String period,
            BigDecimal sloPercent, UptimeFigures uptime, @Nullable Boolean sloMet,
            @Nullable Long averageLatencyMillis, List<MonthFigures> months) {

        static MonitorReportResponse of(MonitorReport r) {
            return new MonitorReportResponse(r.monitor().id(), r.monitor().opd(), r.monitor().name(),
                    r.monitor().target().uri(), r.period().label(), r.monitor().sloPercent(),
                    UptimeFigures.of(r.uptime()), r.sloMet(), r.averageLatencyMillis(),
                    r.months().stream().map(MonthFigures::of).toList());
        }
    }

    record OpdReportResponse(String opd, String period, int monitors, UptimeFigures uptime, int monitorsMeetingSlo,
            int monitorsMissingSlo, int monitorsWithoutData) {

        static OpdReportResponse of(OpdReport r) {
            return new OpdReportResponse(r.opd(), r.period().label(), r.monitors(), UptimeFigures.of(r.uptime()),
                    r.meetingSlo(), r.missingSlo(), r.withoutData());
        }
    }
}
