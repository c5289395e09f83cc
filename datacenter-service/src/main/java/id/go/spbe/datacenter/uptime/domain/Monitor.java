package id.go.spbe.datacenter.uptime.domain;

import id.go.spbe.datacenter.uptime.domain.UptimeEvents.MaintenancePlanned;
import id.go.spbe.datacenter.uptime.domain.UptimeEvents.MonitorConfigured;
import id.go.spbe.datacenter.uptime.domain.UptimeEvents.ServiceDown;
import id.go.spbe.datacenter.uptime.domain.UptimeEvents.ServiceUp;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An uptime monitor of one hosted service (D3). Besides its configuration it holds the probe state — failures in a
 * row and the open outage — so opening or closing an outage and its {@code ServiceDown} / {@code ServiceUp} event are
 * one document write: a restart between probe and write repeats the probe, and a repeated write loses the
 * optimistic lock, so an outage is neither lost nor doubled.
 */
@Document("monitors")
public class Monitor extends AggregateRoot {

    /** Maintenance windows kept per monitor; older ones are dropped first (reports only need the samples). */
    static final int MAX_WINDOWS = 100;

    @Id
    private String id;
    @Indexed
    private String opd;
    private String name;
    private String applicationId;
    private ProbeTarget target;
    private int intervalSeconds;
    private int failureThreshold;
    private BigDecimal sloPercent;
    @Indexed
    private boolean active;
    @Indexed
    private Instant nextProbeAt;
    private Instant lastProbeAt;
    private ProbeResult lastResult;
    private int consecutiveFailures;
    private Instant firstFailureAt;
    private String firstFailureError;
    private Outage openOutage;
    private Outage lastOutage;
    private List<MaintenanceWindow> maintenance = new ArrayList<>();
    private String createdBy;
    private Instant createdAt;
    /**
     * Counts the changes a person makes (configuration, maintenance): the monitor's ETag. Every probe also writes the
     * document, so the aggregate version would make a pause sent a minute after the list was read look stale.
     */
    private long settingsRevision;

    Monitor() {
    }

    public static Monitor configure(String opd, String name, String applicationId, ProbeTarget target,
            int intervalSeconds, int failureThreshold, BigDecimal sloPercent, String by, Instant now) {
        Monitor monitor = new Monitor();
        monitor.id = UUID.randomUUID().toString();
        monitor.opd = opd;
        monitor.createdBy = by;
        monitor.createdAt = now;
        monitor.nextProbeAt = now;
        monitor.apply(name, applicationId, target, intervalSeconds, failureThreshold, sloPercent, true, by, now);
        return monitor;
    }

    /** Changes the configuration; a paused monitor keeps its outage state until it is probed again. */
    public void reconfigure(String name, String applicationId, ProbeTarget target, int intervalSeconds,
            int failureThreshold, BigDecimal sloPercent, boolean active, String by, Instant now) {
        boolean targetChanged = !target.equals(this.target);
        apply(name, applicationId, target, intervalSeconds, failureThreshold, sloPercent, active, by, now);
        if (targetChanged) {
            // failures of the old target say nothing about the new one; an open outage ends with the next good probe
            consecutiveFailures = 0;
            firstFailureAt = null;
            firstFailureError = null;
        }
        if (active && (nextProbeAt == null || nextProbeAt.isAfter(now.plusSeconds(intervalSeconds)))) {
            nextProbeAt = now;
        }
    }

    private void apply(String name, String applicationId, ProbeTarget target, int intervalSeconds,
            int failureThreshold, BigDecimal sloPercent, boolean active, String by, Instant now) {
        this.name = name.trim();
        this.applicationId = applicationId;
        this.target = target;
        this.intervalSeconds = intervalSeconds;
        this.failureThreshold = failureThreshold;
        // the form allows three decimals at most; kept at three so reports compare and print like the uptime
        this.sloPercent = sloPercent.setScale(Uptime.DECIMALS, RoundingMode.DOWN);
        this.active = active;
        settingsRevision++;
        raise(new MonitorConfigured(UUID.randomUUID(), now, id, opd, this.name, target.uri(), intervalSeconds,
                failureThreshold, this.sloPercent, active, by));
    }

    /** D3: plans maintenance; it must end after it starts and not lie wholly in the past. */
    public MaintenanceWindow planMaintenance(Instant from, Instant until, String reason, String by, Instant now) {
        if (!until.isAfter(from)) {
            throw new RuleViolationException("D3", "Akhir jendela pemeliharaan harus setelah awalnya.");
        }
        if (!until.isAfter(now)) {
            throw new RuleViolationException("D3", "Jendela pemeliharaan yang sudah lewat tidak dapat direncanakan: "
                    + "SLO tidak dapat dikecualikan surut.");
        }
        if (Duration.between(from, until).compareTo(Duration.ofDays(31)) > 0) {
            throw new RuleViolationException("D3", "Satu jendela pemeliharaan paling lama 31 hari.");
        }
        MaintenanceWindow window = new MaintenanceWindow(UUID.randomUUID().toString(), from, until, reason.trim(),
                by, now);
        maintenance.add(window);
        settingsRevision++;
        if (maintenance.size() > MAX_WINDOWS) {
            maintenance.remove(0);
        }
        raise(new MaintenancePlanned(UUID.randomUUID(), now, id, opd, window.id(), from, until, window.reason(),
                by));
        return window;
    }

    public boolean inMaintenance(Instant at) {
        return maintenance.stream().anyMatch(w -> w.covers(at));
    }

    /**
     * D3: applies one probe taken at {@code probedAt}. The N-th failure in a row opens an outage (dated from the
     * first failure) and raises {@code ServiceDown}; the first success closes it and raises {@code ServiceUp}.
     * Failures during planned maintenance open nothing.
     */
    public void recordProbe(ProbeResult result, Instant probedAt) {
        lastProbeAt = probedAt;
        lastResult = result;
        nextProbeAt = probedAt.plusSeconds(intervalSeconds);
        if (result.up()) {
            consecutiveFailures = 0;
            firstFailureAt = null;
            firstFailureError = null;
            if (openOutage != null) {
                Outage closed = openOutage.closed(probedAt);
                raise(new ServiceUp(UUID.randomUUID(), probedAt, id, opd, name, target.uri(), closed.id(),
                        closed.since(), probedAt, Duration.between(closed.since(), probedAt).toSeconds()));
                lastOutage = closed;
                openOutage = null;
            }
            return;
        }
        if (openOutage != null || inMaintenance(probedAt)) {
            return;
        }
        if (consecutiveFailures == 0) {
            firstFailureAt = probedAt;
            firstFailureError = result.error();
        }
        consecutiveFailures++;
        if (consecutiveFailures >= failureThreshold) {
            openOutage = new Outage(UUID.randomUUID().toString(), firstFailureAt, probedAt, firstFailureError,
                    null);
            raise(new ServiceDown(UUID.randomUUID(), probedAt, id, opd, name, target.uri(), openOutage.id(),
                    firstFailureAt, consecutiveFailures, firstFailureError));
        }
    }

    public String id() {
        return id;
    }

    public String opd() {
        return opd;
    }

    public String name() {
        return name;
    }

    public String applicationId() {
        return applicationId;
    }

    public ProbeTarget target() {
        return target;
    }

    public int intervalSeconds() {
        return intervalSeconds;
    }

    public int failureThreshold() {
        return failureThreshold;
    }

    public BigDecimal sloPercent() {
        return sloPercent;
    }

    public boolean active() {
        return active;
    }

    public Instant nextProbeAt() {
        return nextProbeAt;
    }

    public Instant lastProbeAt() {
        return lastProbeAt;
    }

    public ProbeResult lastResult() {
        return lastResult;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Outage openOutage() {
        return openOutage;
    }

    public Outage lastOutage() {
        return lastOutage;
    }

    public List<MaintenanceWindow> maintenance() {
        return maintenance == null ? List.of() : List.copyOf(maintenance);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The ETag's number: changes by people only, not by probes. */
    public long settingsRevision() {
        return settingsRevision;
    }
}
