package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.uptime.domain.Monitor;
import id.go.spbe.datacenter.uptime.domain.ProbeResult;
import id.go.spbe.platform.scheduling.BackgroundWorkers;
import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * D3 probing: every {@code spbe.datacenter.uptime.tick}, on one replica at a time (the platform's lease), each active
 * monitor whose next probe is due is probed — in parallel, each probe bounded by the prober's timeouts — and the
 * results are applied one monitor document at a time. A monitor changed meanwhile (by its owner, or by a replica that
 * took over a stale lease) loses the optimistic lock and is probed again on the next pass: its outage is opened or
 * closed by exactly one write.
 */
@Component
public class UptimeProbing {

    public static final String JOB = "uptime-probe";
    private static final Logger log = LoggerFactory.getLogger(UptimeProbing.class);

    private final MonitorRepository monitors;
    private final UptimeSamples samples;
    private final Prober prober;
    private final Clock clock;
    private final BackgroundWorkers.WorkerPool pool;
    private final ScheduledJob job;

    UptimeProbing(ScheduledJobs jobs, BackgroundWorkers workers, MonitorRepository monitors, UptimeSamples samples,
            Prober prober, UptimeProperties properties, Clock clock) {
        this.monitors = monitors;
        this.samples = samples;
        this.prober = prober;
        this.clock = clock;
        this.pool = workers.pool("uptime-probe", Math.max(1, properties.concurrency()), 10_000);
        this.job = jobs.job(JOB).every(properties.tick()).initialDelay(properties.tick()).schedule(this::probeDue);
    }

    /** One pass over the due monitors; returns how many probes were applied. */
    public int probeDue() {
        Instant now = clock.instant();
        List<Monitor> due = monitors.findByActiveTrueAndNextProbeAtLessThanEqual(now);
        List<CompletableFuture<ProbeResult>> results = new ArrayList<>(due.size());
        for (Monitor monitor : due) {
            CompletableFuture<ProbeResult> result = new CompletableFuture<>();
            Runnable probe = () -> {
                try {
                    result.complete(prober.probe(monitor.target()));
                } catch (RuntimeException failed) {
                    result.completeExceptionally(failed);
                }
            };
            if (!pool.offer(probe)) {
                probe.run(); // every worker busy and the queue full: this pass probes it itself, still bounded
            }
            results.add(result);
        }
        int applied = 0;
        for (int i = 0; i < due.size(); i++) {
            Monitor monitor = due.get(i);
            ProbeResult result = outcome(results.get(i));
            boolean maintenance = monitor.inMaintenance(now);
            monitor.recordProbe(result, now);
            try {
                monitors.save(monitor);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.info("Monitor {} changed during probing; probed again next pass", monitor.id());
                continue;
            }
            // counted after the monitor's write: a sample is never counted for a probe whose state was not kept
            samples.record(monitor.id(), monitor.opd(), now, result, maintenance);
            applied++;
        }
        return applied;
    }

    private static ProbeResult outcome(CompletableFuture<ProbeResult> future) {
        try {
            return future.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return ProbeResult.down(0, null, "probe interrupted");
        } catch (ExecutionException failed) {
            return ProbeResult.down(0, null, "probe failed: " + failed.getCause());
        }
    }

    public ScheduledJob job() {
        return job;
    }
}
