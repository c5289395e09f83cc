package id.go.spbe.datacenter.history;

import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The tamper-evident change history of one record of this service (SEC1): every change, hash-chained;
 * {@code intact} is false and {@code firstBrokenSequence} names the entry when one was altered, removed or added.
 */
@Schema(name = "HistoryResponse")
public record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

    public static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
        return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
    }
}
