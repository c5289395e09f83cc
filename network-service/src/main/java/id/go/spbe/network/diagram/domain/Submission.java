package id.go.spbe.network.diagram.domain;

import java.time.Instant;
import java.util.List;

/**
 * One submission of a yearly LAN diagram: the snapshot it froze ({@code snapshotId}: the generated SVG and the
 * inventory at {@code revision}), the inventory revisions no change report covered at that moment (N7), an optional
 * uploaded file, and what Dinas decided.
 */
public record Submission(int number, String snapshotId, long revision, List<Long> uncoveredRevisions,
        Attachment attachment, String note, String submittedBy, Instant submittedAt, boolean late) {

    public Submission {
        uncoveredRevisions = uncoveredRevisions == null ? List.of() : List.copyOf(uncoveredRevisions);
    }

    Submission late(boolean after) {
        return new Submission(number, snapshotId, revision, uncoveredRevisions, attachment, note, submittedBy,
                submittedAt, after);
    }
}
