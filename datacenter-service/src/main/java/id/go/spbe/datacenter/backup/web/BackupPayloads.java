package id.go.spbe.datacenter.backup.web;

import id.go.spbe.datacenter.backup.BackupCompliance.ApplicationStanding;
import id.go.spbe.datacenter.backup.BackupCompliance.OpdStanding;
import id.go.spbe.datacenter.backup.BackupCompliance.SystemStanding;
import id.go.spbe.datacenter.backup.domain.BackupPolicy;
import id.go.spbe.datacenter.backup.domain.BackupRun;
import id.go.spbe.datacenter.backup.domain.ProtectedSystem;
import id.go.spbe.datacenter.backup.domain.RestoreTest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Request and response bodies of the backup API (D6). */
final class BackupPayloads {

    static final String CODE = "^[A-Z][A-Z0-9_-]{1,29}$";

    private BackupPayloads() {
    }

    record PolicyForm(@Pattern(regexp = CODE, message = "kode OPD") @Nullable String opd,
            @NotNull ProtectedSystem.Kind systemKind, @NotBlank @Size(max = 64) String systemId,
            @NotNull @Min(1) @Max(8760) Integer frequencyHours, @NotNull @Min(1) @Max(3650) Integer retentionDays,
            @NotNull @Min(1) @Max(8760) Integer rpoHours, @NotNull Boolean offsiteCopy) {
    }

    /** A restore test as the people who ran it record it; {@code runId} names the restored run when known. */
    record RestoreTestForm(@NotNull LocalDate testedOn, @NotNull @Min(0) @Max(100_000) Integer durationMinutes,
            @NotNull RestoreTest.Result result, @Size(max = 64) @Nullable String runId,
            @Size(max = 4000) @Nullable String notes) {
    }

    record RestoreTestResponse(String id, LocalDate testedOn, int durationMinutes, RestoreTest.Result result,
            @Nullable String runId, @Nullable String notes, String recordedBy, Instant recordedAt) {

        static RestoreTestResponse of(RestoreTest t) {
            return new RestoreTestResponse(t.id(), t.testedOn(), t.durationMinutes(), t.result(), t.runId(),
                    t.notes(), t.recordedBy(), t.recordedAt());
        }
    }

    record RetireForm(@NotBlank @Size(max = 2000) String reason) {
    }

    /** A run as the backup system reports it; a successful run carries the copy's size and SHA-256. */
    record RunForm(@NotBlank @Size(max = 64) String policyId, @NotNull Instant startedAt,
            @NotNull @Min(0) @Max(604_800) Long durationSeconds, @NotNull @Min(0) Long sizeBytes,
            @Pattern(regexp = "^[0-9a-fA-F]{64}$", message = "SHA-256, 64 digit heksadesimal") @Nullable String checksum,
            @NotNull BackupRun.Result result, @Size(max = 2000) @Nullable String message,
            @Nullable Boolean offsite) {
    }

    record SystemView(ProtectedSystem.Kind kind, String id, String name) {

        static SystemView of(ProtectedSystem s) {
            return new SystemView(s.kind(), s.id(), s.name());
        }
    }

    record PolicyResponse(String id, String opd, SystemView system, int frequencyHours, int retentionDays,
            int rpoHours, boolean offsiteCopy, BackupPolicy.Origin origin, BackupPolicy.Status status,
            Instant activeSince, String definedBy, @Nullable Instant retiredAt, @Nullable String retireReason,
            @Nullable Instant lastReportedMissedWindow, long version) {

        static PolicyResponse of(BackupPolicy p) {
            return new PolicyResponse(p.id(), p.opd(), SystemView.of(p.system()), p.frequencyHours(),
                    p.retentionDays(), p.rpoHours(), p.offsiteCopy(), p.origin(), p.status(), p.activeSince(),
                    p.definedBy(), p.retiredAt(), p.retireReason(), p.overdueRaisedFor(), Objects.requireNonNullElse(p.version(), 0L));
        }
    }

    record RunResponse(String id, String policyId, String opd, SystemView system, Instant startedAt,
            Instant completedAt, long durationSeconds, long sizeBytes, @Nullable String checksum,
            BackupRun.Result result, @Nullable String message, boolean offsite, String reportedBy,
            Instant reportedAt) {

        static RunResponse of(BackupRun r) {
            return new RunResponse(r.id(), r.policyId(), r.opd(), SystemView.of(r.system()), r.startedAt(),
                    r.completedAt(), r.durationSeconds(), r.sizeBytes(), r.checksum(), r.result(), r.message(),
                    r.offsite(), r.reportedBy(), r.reportedAt());
        }
    }

    /** One system against its policy: the newest run, the newest success, and by when the next success is due. */
    record SystemComplianceResponse(String policyId, String opd, SystemView system, int frequencyHours,
            int rpoHours, boolean offsiteCopy, BackupPolicy.Standing standing, @Nullable Instant lastRunAt,
            BackupRun.@Nullable Result lastRunResult, @Nullable Instant lastSuccessAt, Instant nextSuccessDueBy,
            LocalDate restoreTestDueBy, boolean restoreTestOverdue, long policyVersion) {

        static SystemComplianceResponse of(SystemStanding s) {
            BackupPolicy p = s.policy();
            Instant anchor = s.lastSuccessAt() != null && s.lastSuccessAt().isAfter(p.activeSince())
                    ? s.lastSuccessAt() : p.activeSince();
            return new SystemComplianceResponse(p.id(), p.opd(), SystemView.of(p.system()), p.frequencyHours(),
                    p.rpoHours(), p.offsiteCopy(), s.standing(), s.newestRun().map(BackupRun::startedAt).orElse(null),
                    s.newestRun().map(BackupRun::result).orElse(null), s.lastSuccessAt(),
                    anchor.plus(Duration.ofHours(p.frequencyHours())), s.restoreTestDueBy(), s.restoreTestOverdue(),
                    Objects.requireNonNullElse(p.version(), 0L));
        }
    }

    record ApplicationComplianceResponse(String applicationId, String applicationName, String opd, int systems,
            int compliant, int overdue, int failing, BackupPolicy.Standing standing) {

        static ApplicationComplianceResponse of(ApplicationStanding s) {
            return new ApplicationComplianceResponse(s.applicationId(), s.applicationName(), s.opd(), s.systems(),
                    s.compliant(), s.overdue(), s.failing(), s.standing());
        }
    }

    record OpdComplianceResponse(String opd, int systems, int compliant, int overdue, int failing,
            double compliancePercent) {

        static OpdComplianceResponse of(OpdStanding s) {
            return new OpdComplianceResponse(s.opd(), s.systems(), s.compliant(), s.overdue(), s.failing(),
                    s.compliancePercent());
        }
    }
}
