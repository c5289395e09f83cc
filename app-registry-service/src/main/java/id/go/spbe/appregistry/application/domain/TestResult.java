package id.go.spbe.appregistry.application.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded test of the application before production (A6, MT p13(1), BT p26(3)). */
public record TestResult(String id, Kind kind, LocalDate testedOn, boolean passed, String summary,
        @Nullable String reportFileId, String recordedBy, Instant recordedAt) {

    public enum Kind {
        FUNCTIONAL,
        USER_ACCEPTANCE,
        SECURITY,
        PERFORMANCE
    }
}
