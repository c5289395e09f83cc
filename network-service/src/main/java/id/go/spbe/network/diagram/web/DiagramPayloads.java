package id.go.spbe.network.diagram.web;

import id.go.spbe.network.diagram.YearlyDiagrams.YearDiff;
import id.go.spbe.network.diagram.domain.Attachment;
import id.go.spbe.network.diagram.domain.LanDiagramCampaign;
import id.go.spbe.network.diagram.domain.LanDiagramTask;
import id.go.spbe.network.diagram.domain.LanDiagramTaskStatus;
import id.go.spbe.network.diagram.domain.Submission;
import id.go.spbe.network.lan.domain.InventoryDiff;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the yearly LAN diagram API (N6). */
final class DiagramPayloads {

    private DiagramPayloads() {
    }

    record CampaignRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull LocalDate dueDate) {
    }

    record CampaignResponse(int year, LocalDate dueDate, int tasks, String openedBy, Instant openedAt) {

        static CampaignResponse of(LanDiagramCampaign c) {
            return new CampaignResponse(c.year(), c.dueDate(), c.tasks(), c.openedBy(), c.openedAt());
        }
    }

    @Schema(name = "LanDiagramReturnRequest")
    record ReturnRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record AttachmentResponse(String filename, String mediaType, long sizeBytes, String sha256,
            @Nullable String signatureStatus) {

        static @Nullable AttachmentResponse of(@Nullable Attachment a) {
            return a == null ? null : new AttachmentResponse(a.filename(), a.mediaType(), a.sizeBytes(), a.sha256(),
                    a.signatureStatus());
        }
    }

    record SubmissionResponse(int number, long revision, List<Long> uncoveredRevisions,
            @Nullable AttachmentResponse attachment, @Nullable String note, String submittedBy, Instant submittedAt,
            boolean late) {

        static SubmissionResponse of(Submission s) {
            return new SubmissionResponse(s.number(), s.revision(), s.uncoveredRevisions(),
                    AttachmentResponse.of(s.attachment()), s.note(), s.submittedBy(), s.submittedAt(), s.late());
        }
    }

    record TaskResponse(String id, int year, String opd, LocalDate dueDate, LanDiagramTaskStatus status,
            boolean overdue, List<SubmissionResponse> submissions, @Nullable String reviewedBy,
            @Nullable Instant reviewedAt, @Nullable String returnReason, long version) {

        static TaskResponse of(LanDiagramTask t) {
            return new TaskResponse(t.id(), t.year(), t.opdCode(), t.dueDate(), t.status(),
                    t.overdueRaisedAt() != null, t.submissions().stream().map(SubmissionResponse::of).toList(),
                    t.reviewedBy(), t.reviewedAt(), t.returnReason(), t.version() == null ? 0 : t.version());
        }
    }

    @Schema(name = "LanDiagramDiffEntry")
    record DiffEntryResponse(InventoryDiff.Part part, InventoryDiff.Kind kind, String key, String label,
            List<String> fields) {
    }

    /** The diff against last year's accepted snapshot ({@code previousYear} null: none, against the empty LAN). */
    record YearDiffResponse(@Nullable Integer previousYear, @Nullable Long previousRevision, long added,
            long removed, long changed, List<DiffEntryResponse> entries) {

        static YearDiffResponse of(YearDiff d) {
            return new YearDiffResponse(d.previousYear(), d.previousRevision(), d.diff().count(InventoryDiff.Kind.ADDED),
                    d.diff().count(InventoryDiff.Kind.REMOVED), d.diff().count(InventoryDiff.Kind.CHANGED),
                    d.diff().entries().stream().map(e -> new DiffEntryResponse(e.part(), e.kind(), e.key(), e.label(),
                            e.fields())).toList());
        }
    }

    @Schema(name = "LanDiagramHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }
    }
}
