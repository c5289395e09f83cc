package id.go.spbe.datacenter.backup;

import id.go.spbe.datacenter.backup.domain.BackupPolicy;
import id.go.spbe.datacenter.backup.domain.BackupRun;
import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * D6 supervision: every {@code spbe.datacenter.backup.check-interval}, on one replica at a time (the platform's
 * lease), each active policy is compared with its newest successful run; a window that passed without one raises
 * {@code BackupOverdue} — once per miss, because the policy records the window it reported in the same write as the
 * event. A tick after a restart, or a second replica's tick, finds it recorded and raises nothing.
 */
@Component
public class BackupSupervision {

    public static final String JOB = "backup-overdue";
    private static final Logger log = LoggerFactory.getLogger(BackupSupervision.class);

    private final BackupPolicyRepository policies;
    private final BackupRunRepository runs;
    private final BackupProperties properties;
    private final Clock clock;
    private final ScheduledJob job;

    BackupSupervision(ScheduledJobs jobs, BackupPolicyRepository policies, BackupRunRepository runs,
            BackupProperties properties, Clock clock) {
        this.policies = policies;
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
        this.job = jobs.job(JOB).every(properties.checkInterval()).initialDelay(properties.checkInterval())
                .schedule(this::detect);
    }

    /** One supervision pass; returns how many misses it reported. */
    public int detect() {
        Instant now = clock.instant();
        int raised = 0;
        for (BackupPolicy policy : policies.findByStatus(BackupPolicy.Status.ACTIVE)) {
            Instant lastSuccess = runs.findFirstByPolicyIdAndResultOrderByCompletedAtDesc(policy.id(),
                    BackupRun.Result.SUCCESS).map(BackupRun::completedAt).orElse(null);
            if (policy.detectMissed(lastSuccess, properties.grace(), now)) {
                try {
                    policies.save(policy);
                    raised++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // retired or changed since it was read: the next pass decides on the new state
                    log.info("Backup policy {} changed during supervision; rechecked next pass", policy.id());
                }
            }
        }
        if (raised > 0) {
            log.info("Backup supervision reported {} missed backup window(s)", raised);
        }
        return raised;
    }

    public ScheduledJob job() {
        return job;
    }
}
