package id.go.spbe.platform.domain;

/**
 * The last link of an aggregate's change history, kept on the aggregate so the next link can be computed without
 * loading the history (which lives in its own append-only collection and may hold thousands of entries).
 *
 * @param sequence 1-based position of the last entry
 * @param hash     that entry's SHA-256 hash
 */
public record HistoryHead(long sequence, String hash) {

    /** The head of a chain that has no entry yet. */
    public static final HistoryHead GENESIS = new HistoryHead(0, ChangeHistory.GENESIS);

    public static HistoryHead of(HistoryEntry entry) {
        return new HistoryHead(entry.sequence(), entry.hash());
    }
}
