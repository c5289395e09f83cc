package id.go.spbe.datacenter.backup.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A restore test of a protected system's backup (D6, SEC1 availability): a copy was restored on {@code testedOn}, it
 * took {@code durationMinutes}, and the system worked ({@code PASSED}) or not. {@code runId} names the restored run
 * when known.
 */
public record RestoreTest(String id, LocalDate testedOn, int durationMinutes, Result result, String runId,
        String notes, String recordedBy, Instant recordedAt) {

    public enum Result {
        PASSED, FAILED
    }
}
