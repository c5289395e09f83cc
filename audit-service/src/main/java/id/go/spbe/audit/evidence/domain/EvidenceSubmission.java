package id.go.spbe.audit.evidence.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * One answer of the audited OPD: the platform document ids it gives, with the stored details of those it uploaded
 * here ({@code files}; empty when it named documents stored elsewhere), and a note.
 */
public record EvidenceSubmission(int round, List<String> documentIds, List<EvidenceFile> files, @Nullable String note,
        String providedBy, Instant providedAt) {

    public EvidenceSubmission {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        files = files == null ? List.of() : List.copyOf(files); // answers recorded before uploads existed
    }
}
