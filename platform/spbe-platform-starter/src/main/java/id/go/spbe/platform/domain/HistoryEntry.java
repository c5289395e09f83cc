package id.go.spbe.platform.domain;

import java.time.Instant;

/**
 * One link of an aggregate's tamper-evident change history (obligation SEC1, modification detection).
 *
 * @param sequence     1-based position in the chain
 * @param at           when the change happened, truncated to milliseconds (what MongoDB keeps)
 * @param actor        who made the change (username or client id; "system" for automated changes)
 * @param action       what happened, the event type of the change
 * @param data         the change's payload as JSON
 * @param previousHash hash of the previous entry (64 zeros for the first)
 * @param hash         SHA-256 over all of the above
 */
public record HistoryEntry(long sequence, Instant at, String actor, String action, String data, String previousHash,
        String hash) {
}
