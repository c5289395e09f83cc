package id.go.spbe.audit.finding.web;

import id.go.spbe.audit.common.CsvExport;
import id.go.spbe.audit.common.HistoryResponse;
import id.go.spbe.audit.common.UploadedFiles;
import id.go.spbe.audit.finding.FindingFilter;
import id.go.spbe.audit.finding.FindingWorkflow;
import id.go.spbe.audit.finding.domain.Finding;
import id.go.spbe.audit.finding.domain.FindingDetails;
import id.go.spbe.audit.finding.domain.FindingStatus;
import id.go.spbe.audit.finding.domain.RemediationFile;
import id.go.spbe.audit.finding.domain.Severity;
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
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * Findings of audits and their follow-up (AU7): IDENTIFIED → CONFIRMED → IN_REMEDIATION → RESOLVED → VERIFIED, or
 * ACCEPTED_RISK with who and why; one POST per step (If-Match; 412 when stale, 409 when not allowed now).
 */
@RestController
@RequestMapping("/api/v1/audits")
@Tag(name = "Temuan Audit", description = "Audit findings and their follow-up (AU7)")
class FindingController {

    private static final String IF_MATCH = "If-Match";
    private static final String AUDIT = "/{auditId:[0-9a-f-]{36}}/findings";
    private static final String FINDING = AUDIT + "/{id:[0-9a-f-]{36}}";
    private static final int MAX_FILES = UploadedFiles.MAX_FILES;
    private static final String OPD_REGEX = "^[A-Z][A-Z0-9_-]{1,29}$";
    private static final Set<String> SORTABLE = Set.of("openedAt", "status", "ownerOpd", "details.dueDate",
            "details.severity");

    record FindingRequest(@NotBlank @Size(max = 300) String title, @NotNull Severity severity,
            @NotBlank @Size(max = 4000) String criterion, @NotBlank @Size(max = 4000) String condition,
            @NotBlank @Size(max = 4000) String cause, @NotBlank @Size(max = 4000) String effect,
            @NotBlank @Size(max = 4000) String recommendation,
            @NotBlank @Pattern(regexp = OPD_REGEX, message = "kode OPD tidak valid") String ownerOpd,
            @NotNull LocalDate dueDate) {

        FindingDetails details() {
            return new FindingDetails(title.trim(), severity, criterion, condition, cause, effect, recommendation,
                    ownerOpd, dueDate);
        }
    }

    record NoteRequest(@Nullable @Size(max = 4000) String note) {
    }

    record ReasonRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record FindingResponse(String id, String auditId, String auditKind, String title, Severity severity,
            String criterion, String condition, String cause, String effect, String recommendation,
            String ownerOpd, LocalDate dueDate, FindingStatus status, boolean overdue, @Nullable String lastNote,
            @Nullable String acceptedBy, @Nullable String acceptedReason, @Nullable String verifiedBy,
            String openedBy, Instant openedAt, Instant updatedAt, List<String> carriedOverTo,
            List<RemediationFile> remediationFiles) {

        static FindingResponse of(Finding f, LocalDate today) {
            FindingDetails d = f.details();
            return new FindingResponse(f.id(), f.auditId(), f.auditKind(), d.title(), d.severity(), d.criterion(),
                    d.condition(), d.cause(), d.effect(), d.recommendation(), f.ownerOpd(), d.dueDate(), f.status(),
                    f.overdueOn(today),
                    f.lastNote(), f.acceptedBy(), f.acceptedReason(), f.verifiedBy(), f.openedBy(), f.openedAt(),
                    f.updatedAt(), f.carriedOverTo(), f.remediationFiles());
        }
    }

    private final FindingWorkflow workflow;

    FindingController(FindingWorkflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping(AUDIT)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Record a finding (the audit's auditors or Dinas)", description = "While the audit is "
            + "IN_PROGRESS or REPORTING (409 otherwise). Emits FindingOpened.")
    ResponseEntity<FindingResponse> open(@PathVariable String auditId, @Valid @RequestBody FindingRequest request,
            Caller caller) {
        Finding finding = workflow.open(caller, auditId, request.details());
        return ResponseEntity.created(Locations.of("/api/v1/audits/" + auditId + "/findings", finding.id()))
                .eTag(ETags.of(finding.version())).body(FindingResponse.of(finding, workflow.today()));
    }

    @GetMapping(AUDIT)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Findings of one audit", description = "An audited OPD sees the findings it owns.")
    PageResponse<FindingResponse> ofAudit(@PathVariable String auditId,
            @RequestParam(required = false) FindingStatus status, @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) Boolean open, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        FindingFilter filter = new FindingFilter(null, status, severity, open, overdue);
        LocalDate today = workflow.today();
        return PageResponse.of(workflow.ofAudit(caller, auditId, filter, pageOf(page, size, sort)),
                f -> FindingResponse.of(f, today));
    }

    @GetMapping("/findings")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Findings across audits", description = "Dinas and coordinators see all; auditors those "
            + "of the audits they are assigned to; an OPD the findings it owns. Filters ownerOpd, status, severity, "
            + "open, overdue (open and past its due date).")
    PageResponse<FindingResponse> list(@RequestParam(required = false) @Pattern(regexp = OPD_REGEX) String ownerOpd,
            @RequestParam(required = false) FindingStatus status, @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) Boolean open, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        FindingFilter filter = new FindingFilter(ownerOpd, status, severity, open, overdue);
        LocalDate today = workflow.today();
        return PageResponse.of(workflow.list(caller, filter, pageOf(page, size, sort)),
                f -> FindingResponse.of(f, today));
    }

    @GetMapping("/findings/export.csv")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(operationId = "exportFindings", summary = "Export the findings across audits as CSV",
            description = "The same scope, filters and sort as GET /api/v1/audits/findings (an OPD gets the findings "
                    + "it owns), without paging: at most " + CsvExport.LIMIT + " rows; the X-Total-Count header gives "
                    + "how many matched. Columns: id, audit id, audit kind, title, severity, owner OPD, due date, "
                    + "status, overdue, recommendation, opened by, opened, updated (ISO-8601).",
            responses = @ApiResponse(responseCode = "200", description = "CSV (UTF-8 with BOM), as an attachment",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Pattern(regexp = OPD_REGEX) String ownerOpd,
            @RequestParam(required = false) FindingStatus status, @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) Boolean open, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        Sort order = pageOf(0, 1, sort).getSort().and(Sort.by("_id"));
        Page<Finding> findings = workflow.list(caller, new FindingFilter(ownerOpd, status, severity, open, overdue),
                PageRequest.of(0, CsvExport.LIMIT, order));
        return CsvExport.attachment("temuan-audit.csv", FindingCsv.HEADER,
                FindingCsv.rows(findings.getContent(), workflow.today()), findings.getTotalElements());
    }

    @GetMapping(FINDING)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "One finding, with its ETag")
    ResponseEntity<FindingResponse> get(@PathVariable String auditId, @PathVariable String id, Caller caller) {
        return reply(workflow.get(caller, auditId, id));
    }

    @GetMapping(FINDING + "/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Tamper-evident change history of a finding (SEC1)")
    HistoryResponse history(@PathVariable String auditId, @PathVariable String id, Caller caller) {
        return HistoryResponse.of(workflow.history(caller, auditId, id));
    }

    @PostMapping(FINDING + "/confirm")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Confirm (auditor, owner OPD or Dinas)", description = "IDENTIFIED → CONFIRMED.")
    ResponseEntity<FindingResponse> confirm(@PathVariable String auditId, @PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.confirm(caller, auditId, id, note(request), ifMatch));
    }

    @PostMapping(FINDING + "/start-remediation")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Start remediation (owner OPD or Dinas)", description = "CONFIRMED → IN_REMEDIATION.")
    ResponseEntity<FindingResponse> startRemediation(@PathVariable String auditId, @PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.startRemediation(caller, auditId, id, note(request), ifMatch));
    }

    @PostMapping(FINDING + "/resolve")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Report it resolved (owner OPD or Dinas)", description = "IN_REMEDIATION → RESOLVED.")
    ResponseEntity<FindingResponse> resolve(@PathVariable String auditId, @PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.resolve(caller, auditId, id, note(request), ifMatch));
    }

    @PostMapping(value = FINDING + "/resolve-with-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR})
    @ProblemResponses({413, 415})
    @Operation(summary = "Report it resolved with proof files (owner OPD or Dinas)", description = "IN_REMEDIATION → "
            + "RESOLVED like /resolve, with 1 to " + MAX_FILES + " files (part `file`, repeated) and an optional "
            + "`note`, for the verifier to read. Each file is stored in the platform documents: its type is read "
            + "from its bytes (PDF, ODF, DOCX, text, spreadsheets, presentations, PNG, JPEG; else 415), its size "
            + "limited (413), a PDF's signature checked (422 SEC3 when broken); the finding records id, filename, "
            + "media type, size, SHA-256, signature verdict, who and when (remediationFiles).")
    ResponseEntity<FindingResponse> resolveWithFiles(@PathVariable String auditId, @PathVariable String id,
            @RequestPart(name = "file", required = false) List<MultipartFile> file,
            @RequestParam(name = "note", required = false) String note,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        UploadedFiles upload = UploadedFiles.checked(file, note, "Pilih minimal satu berkas bukti perbaikan.");
        return reply(workflow.resolveWithFiles(caller, auditId, id, upload.files(), upload.note(), ifMatch));
    }

    @GetMapping(FINDING + "/files/{documentId:[0-9a-f]{24}}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Download a proof file uploaded with a resolution", description = "Whoever may see the "
            + "finding (Dinas, coordinators, the auditors of its audits, the owner OPD); as an attachment with "
            + "nosniff, a sandboxing CSP and the SHA-256 as ETag. An id not uploaded to this finding: 404.",
            responses = @ApiResponse(responseCode = "200", description = "The stored file, as its sniffed media type",
                    content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<Resource> download(@PathVariable String auditId, @PathVariable String id,
            @PathVariable String documentId, Caller caller) {
        FindingWorkflow.RemediationDownload download = workflow.file(caller, auditId, id, documentId);
        RemediationFile f = download.file();
        return DocumentDownloads.attachment(f.filename(), f.mediaType(), f.sha256(), download.content().content());
    }

    @PostMapping(FINDING + "/reopen")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Send a resolution back (auditor or Dinas)", description = "RESOLVED → IN_REMEDIATION, "
            + "with the reason.")
    ResponseEntity<FindingResponse> reopen(@PathVariable String auditId, @PathVariable String id,
            @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.reopen(caller, auditId, id, request.reason(), ifMatch));
    }

    @PostMapping(FINDING + "/verify")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Verify at re-audit (auditor or Dinas)", description = "RESOLVED → VERIFIED. Emits "
            + "FindingClosed.")
    ResponseEntity<FindingResponse> verify(@PathVariable String auditId, @PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.verify(caller, auditId, id, note(request), ifMatch));
    }

    @PostMapping(FINDING + "/accept-risk")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Accept the risk (owner OPD or Dinas)", description = "CONFIRMED or IN_REMEDIATION → "
            + "ACCEPTED_RISK; records who and why. Emits FindingClosed.")
    ResponseEntity<FindingResponse> acceptRisk(@PathVariable String auditId, @PathVariable String id,
            @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workflow.acceptRisk(caller, auditId, id, request.reason(), ifMatch));
    }

    private static String note(NoteRequest request) {
        return request == null || request.note() == null || request.note().isBlank() ? null : request.note().trim();
    }

    private static org.springframework.data.domain.Pageable pageOf(Integer page, Integer size, List<String> sort) {
        return PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "openedAt"));
    }

    private ResponseEntity<FindingResponse> reply(Finding finding) {
        return ResponseEntity.ok().eTag(ETags.of(finding.version()))
                .body(FindingResponse.of(finding, workflow.today()));
    }
}
