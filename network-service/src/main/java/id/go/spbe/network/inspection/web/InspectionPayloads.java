package id.go.spbe.network.inspection.web;

import id.go.spbe.network.inspection.domain.Finding;
import id.go.spbe.network.inspection.domain.FindingStatus;
import id.go.spbe.network.inspection.domain.Inspection;
import id.go.spbe.network.inspection.domain.Severity;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the inspection API (N5). */
final class InspectionPayloads {

    private InspectionPayloads() {
    }

    record InspectionRequest(@NotBlank @Size(max = 20) String opd, @NotNull LocalDate inspectedOn,
            @NotBlank @Size(max = 2000) String summary) {
    }

    record FindingRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) @Nullable String description,
            @NotNull Severity severity, @NotNull LocalDate dueDate,
            @Size(min = 1, max = 100) @Nullable String deviceId) {

        Inspection.FindingSpec toSpec() {
            return new Inspection.FindingSpec(title, description, severity, dueDate, deviceId);
        }
    }

    record ResolveRequest(@NotBlank @Size(max = 2000) String resolution) {
    }

    record FindingResponse(String id, String title, @Nullable String description, Severity severity,
            LocalDate dueDate, @Nullable String deviceId, FindingStatus status, String openedBy, Instant openedAt,
            @Nullable String resolution, @Nullable String resolvedBy, @Nullable Instant resolvedAt) {

        static FindingResponse of(Finding f) {
            return new FindingResponse(f.id(), f.title(), f.description(), f.severity(), f.dueDate(), f.deviceId(),
                    f.status(), f.openedBy(), f.openedAt(), f.resolution(), f.resolvedBy(), f.resolvedAt());
        }
    }

    record InspectionResponse(String id, String opd, LocalDate inspectedOn, String summary, long lanRevision,
            String inspector, Instant recordedAt, boolean openFindings, List<FindingResponse> findings,
            long version) {

        static InspectionResponse of(Inspection i) {
            return new InspectionResponse(i.id(), i.opdCode(), i.inspectedOn(), i.summary(), i.lanRevision(),
                    i.inspector(), i.recordedAt(), i.openFindings(),
                    i.findings().stream().map(FindingResponse::of).toList(), i.version() == null ? 0 : i.version());
        }
    }

    @Schema(name = "InspectionHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }
    }
}
