package id.go.spbe.appregistry.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Limits and pacing of application import/export. Imports run on a small bounded pool so a large inventory never
 * occupies request threads or starves the service.
 *
 * @param maxFileBytes      largest CSV upload (413 above)
 * @param maxRows           most data rows in one CSV (400 above)
 * @param maxYamlBytes      largest publiccode.yml (413 above)
 * @param threads           import workers (1–2: imports are background work)
 * @param queueCapacity     jobs waiting in memory; more stay QUEUED in the database until the sweeper picks them up
 * @param checkpointEvery   rows between two saves of a job's progress
 * @param staleAfter        a running job silent this long is considered abandoned (its runner died) and resumed
 * @param sweepInterval     how often queued and abandoned jobs are looked for
 */
@ConfigurationProperties("spbe.app-registry.transfer")
public record TransferProperties(Long maxFileBytes, Integer maxRows, Long maxYamlBytes, Integer threads,
        Integer queueCapacity, Integer checkpointEvery, Duration staleAfter, Duration sweepInterval) {

    public TransferProperties {
        maxFileBytes = maxFileBytes == null ? 1_048_576L : maxFileBytes;
        maxRows = maxRows == null ? 5_000 : maxRows;
        maxYamlBytes = maxYamlBytes == null ? 262_144L : maxYamlBytes;
        threads = threads == null ? 1 : Math.max(1, Math.min(2, threads));
        queueCapacity = queueCapacity == null ? 20 : Math.max(1, queueCapacity);
        checkpointEvery = checkpointEvery == null ? 25 : Math.max(1, checkpointEvery);
        staleAfter = staleAfter == null ? Duration.ofMinutes(2) : staleAfter;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(15) : sweepInterval;
    }
}
