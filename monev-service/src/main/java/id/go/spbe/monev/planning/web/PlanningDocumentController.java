package id.go.spbe.monev.planning.web;

import id.go.spbe.monev.planning.PlanningDocuments;
import id.go.spbe.monev.planning.domain.PlanningDocument;
import id.go.spbe.monev.planning.domain.PlanningKind;
import id.go.spbe.monev.planning.web.PlanningPayloads.HistoryResponse;
import id.go.spbe.monev.planning.web.PlanningPayloads.PlanningDocumentResponse;
import id.go.spbe.monev.planning.web.PlanningPayloads.RegisterRequest;
import id.go.spbe.monev.planning.web.PlanningPayloads.ReviewRequest;
import id.go.spbe.monev.planning.web.PlanningPayloads.TermsResponse;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The region's SPBE planning documents (G4): architecture, roadmap, master plan, with their reviews. They belong to
 * the region, not to an OPD, so every reader sees all of them; Dinas registers and reviews (RL p8(1), p11(1)).
 */
@RestController
@RequestMapping("/api/v1/evaluations/planning-documents")
@Tag(name = "Dokumen perencanaan SPBE", description = "Architecture, roadmap and master plan with reviews (G4)")
class PlanningDocumentController {

    private static final Set<String> SORTABLE = Set.of("kind", "periodStart", "nextReviewDue", "registeredAt");

    private final PlanningDocuments documents;
    private final ChangeHistoryLog histories;

    PlanningDocumentController(PlanningDocuments documents, ChangeHistoryLog histories) {
        this.documents = documents;
        this.histories = histories;
    }

    @GetMapping("/terms")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Period and review cadence per kind, from the regulation profile (G4)",
            description = "Rejang Lebong: architecture and roadmap 5 years, reviewed yearly (p7-11); Bitung: "
                    + "architecture reviewed at mid-term and in the final year, roadmap yearly, master plan 20 years "
                    + "re-evaluated every 5 (p7-9).")
    TermsResponse terms() {
        return TermsResponse.of(documents.rules().all());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Register an approved planning document (G4, Dinas only)",
            description = "Period as long as the regulation says for the kind (422 G4 otherwise), the approving "
                    + "decree (not in the future) and the platform document id. The first review falls due one "
                    + "cadence after the decree. Emits PlanningDocumentRegistered.")
    ResponseEntity<PlanningDocumentResponse> register(@Valid @RequestBody RegisterRequest request, Caller caller) {
        PlanningDocument document = documents.register(caller.username(), request.kind(), request.title().strip(),
                request.periodStart(), request.periodEnd(), request.decreeNumber().strip(), request.decreeDate(),
                request.documentId().strip());
        return ResponseEntity.created(Locations.of("/api/v1/evaluations/planning-documents", document.id()))
                .eTag(ETags.of(document.version())).body(PlanningDocumentResponse.of(document, documents.today()));
    }

    @GetMapping
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "List planning documents", description = "Filters: kind, overdue (true: a review fell due "
            + "and was not recorded). Sort: kind, periodStart, nextReviewDue, registeredAt (default periodStart "
            + "descending).")
    PageResponse<PlanningDocumentResponse> list(@RequestParam(required = false) PlanningKind kind,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        PageRequest request = PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "periodStart"));
        LocalDate today = documents.today();
        return PageResponse.of(documents.list(kind, overdue, today, request),
                d -> PlanningDocumentResponse.of(d, today));
    }

    @GetMapping("/{id}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "One planning document with its reviews; ETag for If-Match")
    ResponseEntity<PlanningDocumentResponse> get(@PathVariable String id) {
        PlanningDocument document = documents.get(id);
        return ResponseEntity.ok().eTag(ETags.of(document.version()))
                .body(PlanningDocumentResponse.of(document, documents.today()));
    }

    @PostMapping("/{id}/reviews")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Record a review (G4, Dinas only)",
            description = "Review date not in the future and not before the decree or the last review (422 G4); "
                    + "the next review falls due one cadence later. If-Match optional, stale 412. Emits "
                    + "PlanningReviewRecorded.")
    ResponseEntity<PlanningDocumentResponse> review(@PathVariable String id,
            @Valid @RequestBody ReviewRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        PlanningDocument document = documents.recordReview(caller.username(), id, request.reviewedOn(),
                request.summary().strip(), blankToNull(request.decreeNumber()), blankToNull(request.documentId()),
                ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(document.version()))
                .body(PlanningDocumentResponse.of(document, documents.today()));
    }

    @GetMapping("/{id}/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Tamper-evident history of the planning document (SEC1)")
    HistoryResponse history(@PathVariable String id) {
        return HistoryResponse.of(histories.of(documents.get(id)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
