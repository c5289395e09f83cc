package id.go.spbe.datacenter.backup.domain;

import id.go.spbe.datacenter.backup.domain.BackupEvents.BackupOverdue;
import id.go.spbe.datacenter.backup.domain.BackupEvents.RestoreTestFailed;
import id.go.spbe.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** D6 supervision rules of a policy, without Spring: windows, grace, once per miss, restore tests. */
class BackupPolicyTest {

    static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    static final Duration GRACE = Duration.ofHours(1);

    static BackupPolicy daily() {
        return BackupPolicy.define("p-1", "DINKES", new ProtectedSystem(ProtectedSystem.Kind.APPLICATION, "app-1",
                "SIMPUS"), 24, 30, 24, true, BackupPolicy.Origin.MANUAL, "op", START);
    }

    static BackupOverdue lastOverdue(BackupPolicy policy) {
        return (BackupOverdue) policy.raisedEvents().get(policy.raisedEvents().size() - 1);
    }

    @Test
    void d6AFrequencyRarerThanTheRpoOrARetentionShorterThanTheWindowIsRefused() {
        ProtectedSystem s = new ProtectedSystem(ProtectedSystem.Kind.VPS, "v", "V");
        assertThatThrownBy(() -> BackupPolicy.define("p", "X", s, 48, 30, 24, false, BackupPolicy.Origin.MANUAL,
                "op", START)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> BackupPolicy.define("p", "X", s, 72, 2, 72, false, BackupPolicy.Origin.MANUAL,
                "op", START)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void d6AMissIsRaisedAfterTheWindowAndTheGraceOncePerMissCountingWindowsMissedWhileDown() {
        BackupPolicy policy = daily();
        Instant lastSuccess = START.plus(Duration.ofHours(2));
        assertThat(policy.detectMissed(lastSuccess, GRACE, lastSuccess.plus(Duration.ofHours(25)))).isFalse();
        assertThat(policy.detectMissed(lastSuccess, GRACE, lastSuccess.plus(Duration.ofMinutes(25 * 60 + 1))))
                .isTrue();
        assertThat(lastOverdue(policy).dueAt()).isEqualTo(lastSuccess.plus(Duration.ofHours(24)));
        assertThat(policy.detectMissed(lastSuccess, GRACE, lastSuccess.plus(Duration.ofHours(30)))).isFalse();
        // Down for three more days: one event, counting the windows.
        assertThat(policy.detectMissed(lastSuccess, GRACE, lastSuccess.plus(Duration.ofHours(24 * 4 + 2))))
                .isTrue();
        assertThat(lastOverdue(policy).missedWindows()).isEqualTo(4);
        assertThat(policy.detectMissed(lastSuccess, GRACE, lastSuccess.plus(Duration.ofHours(24 * 4 + 3))))
                .isFalse();
    }

    @Test
    void d6ANewPolicyWithoutAnyRunIsMissedFromItsStart() {
        BackupPolicy policy = daily();
        assertThat(policy.standing(Optional.empty(), null, GRACE, START.plus(Duration.ofHours(24))))
                .isEqualTo(BackupPolicy.Standing.COMPLIANT);
        assertThat(policy.detectMissed(null, GRACE, START.plus(Duration.ofHours(26)))).isTrue();
        assertThat(lastOverdue(policy).lastSuccessAt()).isNull();
        assertThat(policy.standing(Optional.empty(), null, GRACE, START.plus(Duration.ofHours(26))))
                .isEqualTo(BackupPolicy.Standing.OVERDUE);
    }

    @Test
    void d6ARestoreTestIsDueOnTheCadenceAndAFailedOneRaisesRestoreTestFailed() {
        BackupPolicy policy = daily();
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        assertThat(policy.restoreTestDueBy(Period.ofMonths(6), wib)).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThatThrownBy(() -> policy.recordRestoreTest(LocalDate.of(2026, 12, 3), 30, RestoreTest.Result.PASSED,
                null, null, LocalDate.of(2026, 12, 2), "op", START)).isInstanceOf(RuleViolationException.class);
        policy.recordRestoreTest(LocalDate.of(2027, 1, 10), 40, RestoreTest.Result.FAILED, null, "WAL hilang",
                LocalDate.of(2027, 1, 10), "admin", START);
        assertThat(policy.raisedEvents().get(policy.raisedEvents().size() - 1))
                .isInstanceOf(RestoreTestFailed.class);
        assertThat(policy.restoreTestDueBy(Period.ofMonths(6), wib)).isEqualTo(LocalDate.of(2027, 7, 10));
    }
}
