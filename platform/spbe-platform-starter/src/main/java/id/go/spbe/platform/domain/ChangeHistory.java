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
        HistoryEntry last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        long sequence = last == null ? 1 : last.sequence() + 1;
        String previous = last == null ? GENESIS : last.hash();
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
