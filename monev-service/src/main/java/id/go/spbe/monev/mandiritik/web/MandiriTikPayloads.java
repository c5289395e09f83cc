package id.go.spbe.monev.mandiritik.web;

import id.go.spbe.monev.mandiritik.domain.AssessmentStatus;
import id.go.spbe.monev.mandiritik.domain.CriterionAssessment;
import id.go.spbe.monev.mandiritik.domain.MandiriTikAssessment;
import id.go.spbe.monev.mandiritik.domain.MandiriTikCriteria;
import id.go.spbe.monev.mandiritik.domain.Verdict;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Requests and responses of the Mandiri TIK assessment endpoints (G3). */
final class MandiriTikPayloads {

    static final String OPD_CODE = "[A-Z][A-Z0-9_-]{1,29}";
    static final String CRITERION_CODE = "[A-Z][A-Z0-9_]{1,59}";

    private MandiriTikPayloads() {
    }

    /** {@code reason} is required for NOT_MET, {@code evidenceDocumentIds} (platform documents) for MET (422 G3). */
    record CriterionRequest(@NotBlank @Pattern(regexp = CRITERION_CODE) String code, @NotNull Verdict verdict,
            @Nullable @Size(max = 20) List<@NotBlank @Size(max = 100) String> evidenceDocumentIds,
            @Nullable @Size(max = 2000) String reason) {

        CriterionAssessment toAssessment() {
            return new CriterionAssessment(code, verdict, evidenceDocumentIds == null ? List.of()
                    : evidenceDocumentIds.stream().map(String::strip).distinct().toList(), reason);
        }
    }

    /** One verdict per criterion of the regulation, in any order. */
    record AssessmentRequest(@NotBlank @Pattern(regexp = OPD_CODE) String opd,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid CriterionRequest> criteria) {
    }

    record WithdrawRequest(@NotBlank @Size(max = 2000) String note) {
    }

    record CriteriaResponse(String decidedBy, List<String> criteria) {

        static CriteriaResponse of(MandiriTikCriteria c) {
            return new CriteriaResponse(c.decidedBy(), c.criteria());
        }
    }

    record CriterionResponse(String code, Verdict verdict, List<String> evidenceDocumentIds,
            @Nullable String reason) {

        static CriterionResponse of(CriterionAssessment c) {
            return new CriterionResponse(c.code(), c.verdict(), c.evidenceDocumentIds(), c.reason());
        }
    }

    /**
     * {@code reasons}: the criteria not met with why (NOT_PASSED); {@code proposedTo}: the deciding office (PROPOSED
     * and after); decree fields once app-registry recorded the decision.
     */
    record AssessmentResponse(String id, String opd, AssessmentStatus status, List<CriterionResponse> criteria,
            List<String> criteriaMet, List<String> reasons, @Nullable String proposedTo, String assessedBy,
            Instant assessedAt, @Nullable String decreeNumber, @Nullable LocalDate decreeDate,
            @Nullable String decidedBy, @Nullable String closingNote, @Nullable String closedBy,
            @Nullable Instant closedAt, Instant updatedAt) {

        static AssessmentResponse of(MandiriTikAssessment a) {
            return new AssessmentResponse(a.id(), a.opd(), a.status(),
                    a.criteria().stream().map(CriterionResponse::of).toList(), a.criteriaMet(), a.reasons(),
                    a.proposedTo(), a.assessedBy(), a.assessedAt(), a.decreeNumber(), a.decreeDate(), a.decidedBy(),
                    a.closingNote(), a.closedBy(), a.closedAt(), a.updatedAt());
        }
    }

    @Schema(name = "MandiriTikHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }
    }
}
