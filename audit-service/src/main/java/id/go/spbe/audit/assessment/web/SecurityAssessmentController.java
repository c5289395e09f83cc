package id.go.spbe.audit.assessment.web;

import id.go.spbe.audit.assessment.SecurityAssessments;
import id.go.spbe.audit.assessment.SecurityAssessments.AssessmentDownload;
import id.go.spbe.audit.assessment.domain.AssessmentFile;
import id.go.spbe.audit.assessment.domain.AssessmentFinding;
import id.go.spbe.audit.assessment.domain.AssessmentStatus;
import id.go.spbe.audit.assessment.domain.AssessmentType;
import id.go.spbe.audit.assessment.domain.SecurityAssessment;
import id.go.spbe.audit.assessment.domain.Severity;
import id.go.spbe.audit.common.HistoryResponse;
import id.go.spbe.audit.common.UploadedFiles;
import id.go.spbe.platform.documents.DocumentDownloads;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Security assessments per OPD (AU8): Dinas plans them, records findings, completes or cancels them; the assessed
 * OPD reads its own and says how a finding was remedied. Findings feed the service desk
 * ({@code security-assessment.finding-opened}).
 */
@RestController
@RequestMapping("/api/v1/security-assessments")
@Tag(name = "Asesmen keamanan", description = "Security assessments and services of Dinas per OPD (obligation AU8)")
class SecurityAssessmentController {

    static final String OPD_REGEX = "^[A-Z][A-Z0-9_-]{1,29}$";
    private static final Set<String> SORTABLE = Set.of("plannedOn", "opd", "status", "updatedAt");
    private static final String BASE = "/api/v1/security-assessments";

    record NewAssessment(@NotNull @Pattern(regexp = OPD_REGEX, message = "kode OPD tidak valid") String opd,
            @NotNull AssessmentType type, @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 4000) String scope, @Nullable @Size(max = 200) String objectId,
            @NotNull LocalDate plannedOn) {
    }

    record NewSecurityFinding(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 4000) String description,
            @NotNull Severity severity, @NotBlank @Size(max = 4000) String recommendation,
            @NotNull LocalDate dueDate) {
    }

    record AssessmentCompletion(@NotNull LocalDate completedOn, @NotBlank @Size(max = 4000) String summary) {
    }

    record AssessmentCancellation(@NotBlank @Size(max = 2000) String reason) {
    }

    record SecurityFindingResolution(@NotBlank @Size(max = 2000) String resolution) {
    }

    /** A finding; {@code overdue}: open and past its due date (region's time zone). */
    record SecurityFindingResponse(String id, String title, @Nullable String description, Severity severity,
            String recommendation, LocalDate dueDate, boolean resolved, boolean overdue, String openedBy,
            Instant openedAt, @Nullable String resolution, @Nullable String resolvedBy, @Nullable Instant resolvedAt) {

        static SecurityFindingResponse of(AssessmentFinding f, LocalDate today) {
            return new SecurityFindingResponse(f.id(), f.title(), f.description(), f.severity(), f.recommendation(),
                    f.dueDate(), f.resolved(), !f.resolved() && f.dueDate().isBefore(today), f.openedBy(),
                    f.openedAt(), f.resolution(), f.resolvedBy(), f.resolvedAt());
        }
    }

    record AssessmentResponse(String id, String opd, AssessmentType type, String title, @Nullable String scope,
            @Nullable String objectId, LocalDate plannedOn, AssessmentStatus status, @Nullable LocalDate completedOn,
            @Nullable String summary, @Nullable String cancelReason, int openFindings,
            List<SecurityFindingResponse> findings, List<AssessmentFile> files, String createdBy, Instant createdAt,
            Instant updatedAt) {

        static AssessmentResponse of(SecurityAssessment a, LocalDate today) {
            return new AssessmentResponse(a.id(), a.opd(), a.type(), a.title(), a.scope(), a.objectId(),
                    a.plannedOn(), a.status(), a.completedOn(), a.summary(), a.cancelReason(), a.openFindings(),
                    a.findings().stream().map(f -> SecurityFindingResponse.of(f, today)).toList(), a.files(),
                    a.createdBy(),
                    a.createdAt(), a.updatedAt());
        }
    }

    private final SecurityAssessments assessments;

    SecurityAssessmentController(SecurityAssessments assessments) {
        this.assessments = assessments;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @ProblemResponses(422)
    @Operation(summary = "Plan a security assessment of an OPD (Dinas, AU8)",
            description = "Vulnerability or risk assessment, penetration test, hardening help, awareness session, "
                    + "incident handling or forensics; optional objectId of the audit universe (e.g. lan:DINKES). "
                    + "422 G1 for an OPD the directory does not know. Emits SecurityAssessmentPlanned.")
    ResponseEntity<AssessmentResponse> plan(@Valid @RequestBody NewAssessment n, Caller caller) {
        SecurityAssessment a = assessments.plan(caller, n.opd(), n.type(), n.title().trim(), n.scope(),
                n.objectId(), n.plannedOn());
        return ResponseEntity.created(Locations.of(BASE, a.id())).eTag(ETags.of(a.version()))
                .body(AssessmentResponse.of(a, assessments.today()));
    }

    @GetMapping
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @ProblemResponses(422)
    @Operation(summary = "List security assessments",
            description = "Paged; filters opd (operators: their own, another OPD 403), type, status; sort by "
                    + "plannedOn (default, newest first), opd, status or updatedAt.")
    PageResponse<AssessmentResponse> list(@RequestParam(required = false) @Pattern(regexp = OPD_REGEX) String opd,
            @RequestParam(required = false) AssessmentType type,
            @RequestParam(required = false) AssessmentStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        LocalDate today = assessments.today();
        return PageResponse.of(assessments.list(caller, opd, type, status,
                PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "plannedOn"))),
                a -> AssessmentResponse.of(a, today));
    }

    @GetMapping("/{id}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "One security assessment with its findings and ETag (another OPD's: 404)")
    ResponseEntity<AssessmentResponse> get(@PathVariable String id, Caller caller) {
        return respond(assessments.get(caller, id));
    }

    @GetMapping("/{id}/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Tamper-evident change history of a security assessment (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(assessments.history(caller, id));
    }

    @PostMapping(path = "/{id}/findings", consumes = "application/json")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @ProblemResponses({409, 412, 422})
    @Operation(summary = "Record a finding for the assessed OPD (Dinas)",
            description = "Due date not before today (422 AU8); not on a cancelled assessment (409); If-Match "
                    + "optional (412 when stale). Emits SecurityFindingOpened, from which the service desk opens "
                    + "a ticket.")
    ResponseEntity<AssessmentResponse> recordFinding(@PathVariable String id, @Valid @RequestBody NewSecurityFinding f,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return respond(assessments.recordFinding(caller, id, ifMatch, f.title().trim(), f.description(),
                f.severity(), f.recommendation(), f.dueDate()));
    }

    @PostMapping(path = "/{id}/findings/{findingId}/resolve", consumes = "application/json")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR})
    @ProblemResponses({409, 412})
    @Operation(summary = "Say how a finding was remedied (the assessed OPD's operator or Dinas)",
            description = "409 the second time; If-Match optional (412 when stale). Emits SecurityFindingResolved "
                    + "(late when past its due date).")
    ResponseEntity<AssessmentResponse> resolve(@PathVariable String id, @PathVariable String findingId,
            @Valid @RequestBody SecurityFindingResolution r, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            Caller caller) {
        return respond(assessments.resolveFinding(caller, id, findingId, ifMatch, r.resolution()));
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @ProblemResponses({413, 415})
    @Operation(summary = "Attach report files to a security assessment (Dinas, AU8)", description = "1 to "
            + UploadedFiles.MAX_FILES + " files (part `file`, repeated), at most " + SecurityAssessment.MAX_FILES
            + " per assessment, while PLANNED or COMPLETED (409 once CANCELLED). Each is stored in the platform "
            + "documents: type read from its bytes (PDF, ODF, DOCX, text, spreadsheets, presentations, PNG, JPEG; "
            + "else 415), size limited (413), a PDF's signature checked (422 SEC3 when broken). If-Match optional "
            + "(412 when stale). Emits SecurityAssessmentFilesAttached.")
    ResponseEntity<AssessmentResponse> attachFiles(@PathVariable String id,
            @RequestPart(name = "file", required = false) List<MultipartFile> file,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        UploadedFiles upload = UploadedFiles.checked(file, null, "Pilih minimal satu berkas laporan asesmen.");
        SecurityAssessment a = assessments.attach(caller, id, upload.files(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(a.version())).body(AssessmentResponse.of(a, assessments.today()));
    }

    @GetMapping("/{id}/files/{documentId:[0-9a-f]{24}}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Download a report file of a security assessment", description = "Whoever reads the "
            + "assessment (the assessed OPD's operator included; another OPD 404). As an attachment with nosniff, a "
            + "sandboxing CSP and the SHA-256 as ETag.",
            responses = @ApiResponse(responseCode = "200", description = "The stored file, as its sniffed media type",
                    content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<Resource> downloadFile(@PathVariable String id, @PathVariable String documentId, Caller caller) {
        AssessmentDownload download = assessments.file(caller, id, documentId);
        AssessmentFile f = download.file();
        return DocumentDownloads.attachment(f.filename(), f.mediaType(), f.sha256(), download.content().content());
    }

    @PostMapping(path = "/{id}/complete", consumes = "application/json")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @ProblemResponses({409, 412, 422})
    @Operation(summary = "Complete an assessment with its summary (Dinas)",
            description = "PLANNED only (409); completedOn not after today (422 AU8); If-Match optional (412).")
    ResponseEntity<AssessmentResponse> complete(@PathVariable String id, @Valid @RequestBody AssessmentCompletion c,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return respond(assessments.complete(caller, id, ifMatch, c.completedOn(), c.summary()));
    }

    @PostMapping(path = "/{id}/cancel", consumes = "application/json")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @ProblemResponses({409, 412})
    @Operation(summary = "Cancel a planned assessment with a reason (Dinas)",
            description = "PLANNED only (409); If-Match optional (412).")
    ResponseEntity<AssessmentResponse> cancel(@PathVariable String id, @Valid @RequestBody AssessmentCancellation c,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return respond(assessments.cancel(caller, id, ifMatch, c.reason()));
    }

    private ResponseEntity<AssessmentResponse> respond(SecurityAssessment a) {
        return ResponseEntity.ok().eTag(ETags.of(a.version())).body(AssessmentResponse.of(a, assessments.today()));
    }
}
