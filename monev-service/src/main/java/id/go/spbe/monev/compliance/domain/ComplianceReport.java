package id.go.spbe.monev.compliance.domain;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The SEC4 compliance view: whether the profile sets a deadline for systems that ran before the regulation, how it
 * stands on the region's date, what this service can check against it and what it cannot see.
 *
 * @param applies          false when the profile sets no deadline (the view says so; not an error)
 * @param deadlinePassed   null when no deadline applies
 * @param daysFromDeadline days after the deadline (positive) or before it (negative); null when none applies
 * @param checks           the findings from monev's own data, shortfalls first
 * @param notVisible       what the rule covers that this service cannot see, and where it lives
 */
public record ComplianceReport(boolean applies, String obligation, @Nullable String regulation,
        @Nullable LocalDate deadline, LocalDate today, @Nullable Boolean deadlinePassed, @Nullable Long daysFromDeadline,
        String message, List<Check> checks,
        List<String> notVisible) {

    public enum Status {
        MET,
        SHORT
    }

    /**
     * One finding: the area, the obligation and article it rests on, MET or SHORT, what it is about and why.
     *
     * @param reference the item it names (planning document id, evaluation id or indicator number), or null
     */
    public record Check(String area, String obligation, String basis, Status status, String subject, String detail,
            @Nullable String reference) {
    }

    public long shortfalls() {
        return checks.stream().filter(c -> c.status() == Status.SHORT).count();
    }
}
