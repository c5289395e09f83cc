package id.go.spbe.monev.planning.web;

import id.go.spbe.monev.planning.domain.PlanningDocument;
import id.go.spbe.monev.planning.domain.PlanningKind;
import id.go.spbe.monev.planning.domain.PlanningReview;
import id.go.spbe.monev.planning.domain.PlanningTerms;
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
import java.util.Map;

/** Requests and responses of the planning document endpoints (G4). */
final class PlanningPayloads {

    private PlanningPayloads() {
    }

    /** {@code documentId}: the platform document holding the approved text. */
    record RegisterRequest(@NotNull PlanningKind kind, @NotBlank @Size(max = 300) String title,
            @NotNull @Min(2000) @Max(2100) Integer periodStart, @NotNull @Min(2000) @Max(2120) Integer periodEnd,
            @NotBlank @Size(max = 100) String decreeNumber, @NotNull LocalDate decreeDate,
            @NotBlank @Size(max = 100) String documentId) {
    }

    record ReviewRequest(@NotNull LocalDate reviewedOn, @NotBlank @Size(max = 4000) String summary,
            @Nullable @Size(max = 100) String decreeNumber, @Nullable @Size(max = 100) String documentId) {
    }

    record Terms(int periodYears, int reviewMonths) {
    }

    record TermsResponse(Map<PlanningKind, Terms> terms) {

        static TermsResponse of(Map<PlanningKind, PlanningTerms> all) {
            Map<PlanningKind, Terms> terms = new java.util.EnumMap<>(PlanningKind.class);
            all.forEach((kind, t) -> terms.put(kind, new Terms(t.periodYears(), t.reviewMonths())));
            return new TermsResponse(terms);
        }
    }

    record ReviewResponse(LocalDate reviewedOn, String summary, @Nullable String decreeNumber,
            @Nullable String documentId, String recordedBy, Instant recordedAt) {

        static ReviewResponse of(PlanningReview r) {
            return new ReviewResponse(r.reviewedOn(), r.summary(), r.decreeNumber(), r.documentId(), r.recordedBy(),
                    r.recordedAt());
        }
    }

    /**
     * {@code nextReviewDue}: null once no review falls due inside the period; {@code overdue}: that date has passed
     * on the region's today.
     */
    record PlanningDocumentResponse(String id, PlanningKind kind, String title, int periodStart, int periodEnd,
            String decreeNumber, LocalDate decreeDate, String documentId, int reviewMonths,
            @Nullable LocalDate nextReviewDue, boolean overdue, List<ReviewResponse> reviews, String registeredBy,
            Instant registeredAt, Instant updatedAt) {

        static PlanningDocumentResponse of(PlanningDocument d, LocalDate today) {
            return new PlanningDocumentResponse(d.id(), d.kind(), d.title(), d.periodStart(), d.periodEnd(),
                    d.decreeNumber(), d.decreeDate(), d.documentId(), d.reviewMonths(), d.nextReviewDue(),
                    d.overdue(today), d.reviews().stream().map(ReviewResponse::of).toList(), d.registeredBy(),
                    d.registeredAt(), d.updatedAt());
        }
    }

    @Schema(name = "PlanningHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }
    }
}
