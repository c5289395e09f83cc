package id.go.spbe.datacenter.backup.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events of backup supervision (D6), all on {@value #TOPIC} keyed by policy id, so one protected system's events
 * stay in order whichever record (policy or run) raised them.
 */
public final class BackupEvents {

    public static final String TOPIC = "spbe.datacenter.backup.v1";

    private BackupEvents() {
    }

    /** Identity shared by backup events. */
    public interface BackupEvent extends DomainEvent {

        String policyId();

        String opd();

        @Override
        default String aggregateId() {
            return policyId();
        }

        @Override
        default String opdCode() {
            return opd();
        }
    }

    @EventType(value = "id.go.spbe.backup-policy.defined.v1", topic = TOPIC)
    public record BackupPolicyDefined(UUID eventId, Instant occurredAt, String policyId, String opd,
            String systemKind, String systemId, String systemName, int frequencyHours, int retentionDays,
            int rpoHours, boolean offsiteCopy, String origin, String definedBy) implements BackupEvent {

        @Override
        public String actor() {
            return definedBy;
        }
    }

    @EventType(value = "id.go.spbe.backup-policy.retired.v1", topic = TOPIC)
    public record BackupPolicyRetired(UUID eventId, Instant occurredAt, String policyId, String opd,
            String systemKind, String systemId, String reason, String retiredBy) implements BackupEvent {

        @Override
        public String actor() {
            return retiredBy;
        }
    }

    /** One backup run as its system reported it; the checksum lets a restore test prove the copy intact. */
    @EventType(value = "id.go.spbe.backup-run.reported.v1", topic = TOPIC)
    public record BackupRunReported(UUID eventId, Instant occurredAt, String policyId, String opd, String runId,
            String systemKind, String systemId, Instant startedAt, long durationSeconds, long sizeBytes,
            String checksum, String result, boolean offsite, String reportedBy) implements BackupEvent {

        @Override
        public String actor() {
            return reportedBy;
        }
    }

    /** A restore test was recorded (D6); a failed one also raises {@link RestoreTestFailed}. */
    @EventType(value = "id.go.spbe.restore-test.recorded.v1", topic = TOPIC)
    public record RestoreTestRecorded(UUID eventId, Instant occurredAt, String policyId, String opd,
            String restoreTestId, String systemKind, String systemId, LocalDate testedOn, int durationMinutes,
            String result, String runId, String recordedBy) implements BackupEvent {

        @Override
        public String actor() {
            return recordedBy;
        }
    }

    /** D6: restoring a backup did not give a working system; consumers open a ticket or record evidence. */
    @EventType(value = "id.go.spbe.restore-test.failed.v1", topic = TOPIC)
    public record RestoreTestFailed(UUID eventId, Instant occurredAt, String policyId, String opd,
            String restoreTestId, String systemKind, String systemId, String systemName, LocalDate testedOn,
            String runId, String notes, String recordedBy) implements BackupEvent {

        @Override
        public String actor() {
            return recordedBy;
        }
    }

    /**
     * D6: a system's backup is not as its policy requires — a window passed without a successful run
     * ({@code MISSED}: a skipped job is a failure, not silence) or a run failed ({@code FAILED}). Raised once per
     * miss and once per failed run.
     *
     * @param dueAt         for MISSED, the end of the last window that passed without a successful run
     * @param missedWindows for MISSED, how many windows in a row passed since the last success
     * @param runId         for FAILED, the failed run
     */
    @EventType(value = "id.go.spbe.backup.overdue.v1", topic = TOPIC)
    public record BackupOverdue(UUID eventId, Instant occurredAt, String policyId, String opd, String systemKind,
            String systemId, String systemName, String reason, Instant dueAt, Integer missedWindows,
            Instant lastSuccessAt, String runId, String detail) implements BackupEvent {

        @Override
        public String actor() {
            return "system";
        }
    }
}
