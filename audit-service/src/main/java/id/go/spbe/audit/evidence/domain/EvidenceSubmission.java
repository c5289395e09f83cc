package id.go.spbe.audit.evidence.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** One answer of the audited OPD: platform document ids of its uploads and a note. */
public record EvidenceSubmission(int round, List<String> documentIds, @Nullable String note, String providedBy,
        Instant providedAt) {
}
