package id.go.spbe.platform.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Hash chain over an aggregate's history entries: each entry's hash covers its own fields and the previous entry's
 * hash, so editing, removing or reordering any stored entry breaks verification from that point on (SEC1).
 */
public final class ChangeHistory {

    static final String GENESIS = "0".repeat(64);

    private ChangeHistory() {
    }

    /** The entry that extends {@code chain} with one change. */
    public static HistoryEntry next(List<HistoryEntry> chain, Instant at, String actor, String action, String data) {
        return next(chain.isEmpty() ? HistoryHead.GENESIS : HistoryHead.of(chain.get(chain.size() - 1)), at, actor,
                action, data);
    }

    /** The entry that follows {@code head}: only the last link is needed, never the whole history. */
    public static HistoryEntry next(HistoryHead head, Instant at, String actor, String action, String data) {
        long sequence = head.sequence() + 1;
        String previous = head.hash();
        Instant stored = at.truncatedTo(ChronoUnit.MILLIS);
        return new HistoryEntry(sequence, stored, actor, action, data, previous,
                hash(sequence, stored, actor, action, data, previous));
    }

    /** The first entry that does not verify, or empty if the whole chain is intact. */
    public static Optional<HistoryEntry> firstBrokenEntry(List<HistoryEntry> chain) {
        String previous = GENESIS;
        long expected = 1;
        for (HistoryEntry entry : chain) {
            String recomputed = hash(entry.sequence(), entry.at(), entry.actor(), entry.action(), entry.data(),
                    previous);
            if (entry.sequence() != expected || !entry.previousHash().equals(previous)
                    || !entry.hash().equals(recomputed)) {
                return Optional.of(entry);
            }
            previous = entry.hash();
            expected++;
        }
        return Optional.empty();
    }

    /**
     * The sequence of the first entry that does not verify, also against the aggregate's {@code head}: a chain that
     * stops short of the head lost its last entries, one that goes beyond it was appended to from outside. Empty when
     * intact.
     */
    public static Optional<Long> firstBrokenSequence(List<HistoryEntry> chain, HistoryHead head) {
        Optional<HistoryEntry> broken = firstBrokenEntry(chain);
        if (broken.isPresent()) {
            return broken.map(HistoryEntry::sequence);
        }
        HistoryHead last = chain.isEmpty() ? HistoryHead.GENESIS : HistoryHead.of(chain.get(chain.size() - 1));
        if (head != null && !last.equals(head)) {
            return Optional.of(Math.min(last.sequence(), head.sequence()) + 1);
        }
        return Optional.empty();
    }

    private static String hash(long sequence, Instant at, String actor, String action, String data,
            String previous) {
        // Length-prefixed fields: no two different entries can serialise to the same bytes.
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {previous, Long.toString(sequence), at.toString(), actor, action, data}) {
            String value = field == null ? "" : field;
            canonical.append(value.length()).append(':').append(value).append('|');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
