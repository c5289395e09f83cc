package id.go.spbe.datacenter.backup.domain;

import id.go.spbe.datacenter.backup.domain.BackupEvents.BackupOverdue;
import id.go.spbe.datacenter.backup.domain.BackupEvents.BackupRunReported;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.UUID;

/**
 * One backup run of a protected system as the system (an OPD's or Dinas's machine client) reported it (D6). A failed
 * run raises {@code BackupOverdue} in the same write as the run itself: once per run, never lost. The same run
 * (policy and start time) is recorded once.
 */
@Document("backup_runs")
@CompoundIndex(name = "policy_started", def = "{'policyId': 1, 'startedAt': 1}", unique = true)
public class BackupRun extends AggregateRoot {

    public enum Result {
        SUCCESS, FAILED
    }

    @Id
    private String id;
    private String policyId;
    private String opd;
    private ProtectedSystem system;
    private Instant startedAt;
    private Instant completedAt;
    private long durationSeconds;
    private long sizeBytes;
    private String checksum;
    private Result result;
    private String message;
    private boolean offsite;
    private String reportedBy;
    private Instant reportedAt;

    BackupRun() {
    }

    public static BackupRun report(BackupPolicy policy, Instant startedAt, long durationSeconds, long sizeBytes,
            String checksum, Result result, String message, boolean offsite, String by, Instant now) {
        if (policy.status() != BackupPolicy.Status.ACTIVE) {
            throw new StateConflictException("Kebijakan pencadangan ini sudah tidak berlaku; laporan tidak diterima.");
        }
        BackupRun run = new BackupRun();
        run.id = UUID.randomUUID().toString();
        run.policyId = policy.id();
        run.opd = policy.opd();
        run.system = policy.system();
        run.startedAt = startedAt;
        run.durationSeconds = durationSeconds;
        run.completedAt = startedAt.plusSeconds(durationSeconds);
        run.sizeBytes = sizeBytes;
        run.checksum = checksum == null ? null : checksum.toLowerCase();
        run.result = result;
        run.message = message;
        run.offsite = offsite;
        run.reportedBy = by;
        run.reportedAt = now;
        run.raise(new BackupRunReported(UUID.randomUUID(), now, run.policyId, run.opd, run.id,
                run.system.kind().name(), run.system.id(), startedAt, durationSeconds, sizeBytes, run.checksum,
                result.name(), offsite, by));
        if (result == Result.FAILED) {
            run.raise(new BackupOverdue(UUID.randomUUID(), now, run.policyId, run.opd, run.system.kind().name(),
                    run.system.id(), run.system.name(), "FAILED", null, null, null, run.id,
                    "Pencadangan " + run.system.name() + " yang dimulai " + startedAt + " gagal"
                            + (message == null || message.isBlank() ? "." : ": " + message)));
        }
        return run;
    }

    public String id() {
        return id;
    }

    public String policyId() {
        return policyId;
    }

    public String opd() {
        return opd;
    }

    public ProtectedSystem system() {
        return system;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public long durationSeconds() {
        return durationSeconds;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String checksum() {
        return checksum;
    }

    public Result result() {
        return result;
    }

    public String message() {
        return message;
    }

    public boolean offsite() {
        return offsite;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
