package id.go.spbe.audit.common;

import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** A record's tamper-evident change history (SEC1) as the API shows it: whether the chain verifies, and its links. */
public record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

    public static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
        return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
    }
}
