package id.go.spbe.network.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One finding of an inspection (N5): what is wrong, how serious, by when it must be fixed, and its resolution. */
public record Finding(String id, String title, String description, Severity severity, LocalDate dueDate,
        String deviceId, FindingStatus status, String openedBy, Instant openedAt, String resolution,
        String resolvedBy, Instant resolvedAt) {

    Finding resolve(String how, String actor, Instant now) {
        return new Finding(id, title, description, severity, dueDate, deviceId, FindingStatus.RESOLVED, openedBy,
                openedAt, how, actor, now);
    }
}
