package id.go.spbe.appregistry.application.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** Dinas's inspection of whether the application does what it was recommended for (A9). */
public record ConformanceReview(String id, Result result, LocalDate reviewedOn, @Nullable String notes,
        String reviewedBy,
        Instant recordedAt) {

    public enum Result {
        SESUAI,
        SESUAI_DENGAN_CATATAN,
        TIDAK_SESUAI
    }
}
