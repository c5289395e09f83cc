package id.go.spbe.datacenter.backup.domain;

import id.go.spbe.datacenter.backup.domain.BackupEvents.BackupOverdue;
import id.go.spbe.datacenter.backup.domain.BackupEvents.BackupPolicyDefined;
import id.go.spbe.datacenter.backup.domain.BackupEvents.BackupPolicyRetired;
import id.go.spbe.datacenter.backup.domain.BackupEvents.RestoreTestFailed;
import id.go.spbe.datacenter.backup.domain.BackupEvents.RestoreTestRecorded;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How one system must be backed up (D6; RL p21, BT p18, MT p10): every {@code frequencyHours} a successful run,
 * kept {@code retentionDays}, losing at most {@code rpoHours} of data, with or without an off-site copy. The policy
 * also remembers the last window it reported as missed, so supervision raises {@code BackupOverdue} once per miss —
 * across ticks, replicas and restarts.
 */
@Document("backup_policies")
public class BackupPolicy extends AggregateRoot {

    public enum Status {
        ACTIVE, RETIRED
    }

    /** Where the policy came from: defined by people, or created when a VPS went into service. */
    public enum Origin {
        MANUAL, VPS_ACTIVATION
    }

    /** How a system stands against its policy now. */
    public enum Standing {
        COMPLIANT, OVERDUE, FAILING, RETIRED
    }

    @Id
    private String id;
    @Indexed
    private String opd;
    private ProtectedSystem system;
    private int frequencyHours;
    private int retentionDays;
    private int rpoHours;
    private boolean offsiteCopy;
    private Origin origin;
    @Indexed
    private Status status;
    private Instant activeSince;
    private String definedBy;
    private Instant retiredAt;
    private String retiredBy;
    private String retireReason;
    private List<RestoreTest> restoreTests = new ArrayList<>();
    /** End of the last window reported as missed; {@code null} while none was. */
    private Instant overdueRaisedFor;

    BackupPolicy() {
    }

    /**
     * A policy for {@code system}; {@code id} is chosen by the caller so an automatic policy (one per VPS) is created
     * once however often its trigger is delivered.
     */
    public static BackupPolicy define(String id, String opd, ProtectedSystem system, int frequencyHours,
            int retentionDays, int rpoHours, boolean offsiteCopy, Origin origin, String by, Instant now) {
        if (frequencyHours > rpoHours) {
            throw new RuleViolationException("D6", "Pencadangan setiap " + frequencyHours + " jam tidak dapat "
                    + "memenuhi RPO " + rpoHours + " jam: frekuensi harus sama atau lebih sering dari RPO.");
        }
        if (retentionDays * 24L < frequencyHours) {
            throw new RuleViolationException("D6", "Masa simpan (" + retentionDays + " hari) lebih pendek dari "
                    + "selang pencadangan: tidak akan ada salinan yang tersimpan.");
        }
        BackupPolicy policy = new BackupPolicy();
        policy.id = id;
        policy.opd = opd;
        policy.system = system;
        policy.frequencyHours = frequencyHours;
        policy.retentionDays = retentionDays;
        policy.rpoHours = rpoHours;
        policy.offsiteCopy = offsiteCopy;
        policy.origin = origin;
        policy.status = Status.ACTIVE;
        policy.activeSince = now;
        policy.definedBy = by;
        policy.raise(new BackupPolicyDefined(UUID.randomUUID(), now, id, opd, system.kind().name(), system.id(),
                system.name(), frequencyHours, retentionDays, rpoHours, offsiteCopy, origin.name(), by));
        return policy;
    }

    public static String idForVps(String vpsId) {
        return "vps-" + vpsId;
    }

    public void retire(String reason, String by, Instant now) {
        if (status == Status.RETIRED) {
            throw new StateConflictException("Kebijakan pencadangan ini sudah tidak berlaku.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("D6", "Alasan mengakhiri kebijakan pencadangan wajib diisi.");
        }
        status = Status.RETIRED;
        retiredAt = now;
        retiredBy = by;
        retireReason = reason.trim();
        raise(new BackupPolicyRetired(UUID.randomUUID(), now, id, opd, system.kind().name(), system.id(),
                retireReason, by));
    }

    /**
     * D6: raises {@code BackupOverdue} (MISSED) when a window ended more than {@code grace} ago without a successful
     * run, unless that very window was already reported. Windows run from the last success (or the policy's start)
     * in steps of the frequency; several windows missed while the supervisor was down make one event that counts
     * them.
     *
     * @param lastSuccessAt end of the newest successful run, {@code null} if none
     * @return whether an event was raised (the caller saves only then)
     */
    public boolean detectMissed(Instant lastSuccessAt, Duration grace, Instant now) {
        if (status != Status.ACTIVE) {
            return false;
        }
        Instant anchor = lastSuccessAt != null && lastSuccessAt.isAfter(activeSince) ? lastSuccessAt : activeSince;
        Duration window = Duration.ofHours(frequencyHours);
        long elapsed = Duration.between(anchor, now.minus(grace)).toMillis();
        if (elapsed <= window.toMillis()) {
            return false; // the window and its grace have not yet passed (the same boundary as standing())
        }
        long missed = elapsed / window.toMillis();
        Instant dueAt = anchor.plus(window.multipliedBy(missed));
        if (overdueRaisedFor != null && !dueAt.isAfter(overdueRaisedFor)) {
            return false;
        }
        overdueRaisedFor = dueAt;
        raise(new BackupOverdue(UUID.randomUUID(), now, id, opd, system.kind().name(), system.id(), system.name(),
                "MISSED", dueAt, (int) Math.min(missed, Integer.MAX_VALUE), lastSuccessAt, null,
                "Tidak ada pencadangan berhasil untuk " + system.name() + " sejak " + anchor + " (" + missed
                        + " jendela " + frequencyHours + " jam terlewat)."));
        return true;
    }

    /**
     * D6: records a restore test of this system's backup. A test cannot lie in the future of the region's date; a
     * failed one raises {@code RestoreTestFailed} besides the record.
     *
     * @param runId the restored run, already checked to belong to this policy, or {@code null}
     */
    public RestoreTest recordRestoreTest(LocalDate testedOn, int durationMinutes, RestoreTest.Result result,
            String runId, String notes, LocalDate today, String by, Instant now) {
        if (status != Status.ACTIVE) {
            throw new StateConflictException("Kebijakan pencadangan ini sudah tidak berlaku.");
        }
        if (testedOn.isAfter(today)) {
            throw new RuleViolationException("D6", "Tanggal uji pemulihan (" + testedOn + ") ada di masa depan.");
        }
        RestoreTest test = new RestoreTest(UUID.randomUUID().toString(), testedOn, durationMinutes, result, runId,
                notes == null || notes.isBlank() ? null : notes.trim(), by, now);
        restoreTests.add(test);
        raise(new RestoreTestRecorded(UUID.randomUUID(), now, id, opd, test.id(), system.kind().name(),
                system.id(), testedOn, durationMinutes, result.name(), runId, by));
        if (result == RestoreTest.Result.FAILED) {
            raise(new RestoreTestFailed(UUID.randomUUID(), now, id, opd, test.id(), system.kind().name(),
                    system.id(), system.name(), testedOn, runId, test.notes(), by));
        }
        return test;
    }

    /** The date the next restore test is due: {@code every} after the newest one, or after the policy began. */
    public LocalDate restoreTestDueBy(Period every, ZoneId zone) {
        LocalDate since = restoreTests.stream().map(RestoreTest::testedOn).max(Comparator.naturalOrder())
                .orElse(LocalDate.ofInstant(activeSince, zone));
        return since.plus(every);
    }

    /** How the system stands now, from its newest run and newest success. */
    public Standing standing(Optional<BackupRun> newestRun, Instant lastSuccessAt, Duration grace, Instant now) {
        if (status == Status.RETIRED) {
            return Standing.RETIRED;
        }
        if (newestRun.isPresent() && newestRun.get().result() == BackupRun.Result.FAILED) {
            return Standing.FAILING;
        }
        Instant anchor = lastSuccessAt != null && lastSuccessAt.isAfter(activeSince) ? lastSuccessAt : activeSince;
        return anchor.plus(Duration.ofHours(frequencyHours)).plus(grace).isBefore(now) ? Standing.OVERDUE
                : Standing.COMPLIANT;
    }

    public String id() {
        return id;
    }

    public String opd() {
        return opd;
    }

    public ProtectedSystem system() {
        return system;
    }

    public int frequencyHours() {
        return frequencyHours;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public int rpoHours() {
        return rpoHours;
    }

    public boolean offsiteCopy() {
        return offsiteCopy;
    }

    public Origin origin() {
        return origin;
    }

    public Status status() {
        return status;
    }

    public Instant activeSince() {
        return activeSince;
    }

    public String definedBy() {
        return definedBy;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public String retireReason() {
        return retireReason;
    }

    public List<RestoreTest> restoreTests() {
        return restoreTests == null ? List.of() : List.copyOf(restoreTests);
    }

    public Instant overdueRaisedFor() {
        return overdueRaisedFor;
    }
}
