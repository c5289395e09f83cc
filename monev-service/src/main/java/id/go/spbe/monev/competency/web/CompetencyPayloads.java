package id.go.spbe.monev.competency.web;

import id.go.spbe.monev.competency.domain.Competency;
import id.go.spbe.monev.competency.domain.CompetencyGap;
import id.go.spbe.monev.competency.domain.CompetencyRole;
import id.go.spbe.monev.competency.domain.IctStaff;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Requests and responses of the ICT staff competency register (M5). */
final class CompetencyPayloads {

    private CompetencyPayloads() {
    }

    /** {@code evidenceDocumentId}: the platform document showing it (certificate, assignment decree). */
    record CompetencyRequest(@NotNull CompetencyRole role, @NotBlank @Size(max = 100) String evidenceDocumentId,
            @Nullable LocalDate validUntil) {

        Competency toCompetency() {
            return new Competency(role, evidenceDocumentId.strip(), validUntil);
        }
    }

    record StaffRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String position,
            @NotNull @Size(max = 10) List<@NotNull @Valid CompetencyRequest> competencies) {

        List<Competency> toCompetencies() {
            return competencies.stream().map(CompetencyRequest::toCompetency).toList();
        }
    }

    record CompetencyResponse(CompetencyRole role, String evidenceDocumentId, @Nullable LocalDate validUntil,
            boolean valid) {
    }

    /** {@code valid}: the evidence is valid on the region's today. */
    record StaffResponse(String id, String opd, String name, String position, List<CompetencyResponse> competencies,
            boolean active, Instant updatedAt) {

        static StaffResponse of(IctStaff s, LocalDate today) {
            return new StaffResponse(s.id(), s.opd(), s.name(), s.position(), s.competencies().stream()
                    .map(c -> new CompetencyResponse(c.role(), c.evidenceDocumentId(), c.validUntil(),
                            c.validOn(today))).toList(), s.active(), s.updatedAt());
        }
    }

    record GapLine(CompetencyRole role, int required, int present, int gap) {

        static GapLine of(CompetencyGap.Line l) {
            return new GapLine(l.role(), l.required(), l.present(), l.gap());
        }
    }

    /** {@code complete}: no role short of its requirement. */
    record GapResponse(LocalDate asOf, boolean complete, List<GapLine> roles) {
    }

    @Schema(name = "CompetencyHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }
    }
}
