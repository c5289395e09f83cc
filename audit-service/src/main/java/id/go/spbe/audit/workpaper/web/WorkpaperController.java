package id.go.spbe.audit.workpaper.web;

import id.go.spbe.audit.common.HistoryResponse;
import id.go.spbe.audit.common.UploadedFiles;
import id.go.spbe.audit.engagement.domain.ScopeArea;
import id.go.spbe.audit.workpaper.Workpapers;
import id.go.spbe.audit.workpaper.Workpapers.WorkpaperDownload;
import id.go.spbe.audit.workpaper.domain.Workpaper;
import id.go.spbe.audit.workpaper.domain.WorkpaperFile;
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
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Working papers of an audit (issue 12): recorded and revised by the audit's team while the audit is not completed
 * (409 after; PUT and file uploads with If-Match, 412 when stale), read by the team and Dinas only — the audited OPD
 * and coordinators are refused (403): they are the auditors' working record, the report is what others read.
 */
@RestController
@RequestMapping("/api/v1/audits")
@Tag(name = "Kertas Kerja Audit", description = "Working papers of an audit, per scope item (AU2)")
class WorkpaperController {

    private static final String IF_MATCH = "If-Match";
    private static final String AUDIT = "/{auditId:[0-9a-f-]{36}}/workpapers";
    private static final String PAPER = AUDIT + "/{id:[0-9a-f-]{36}}";
    private static final Set<String> SORTABLE = Set.of("recordedAt", "updatedAt", "title", "scopeArea");

    record WorkpaperRequest(@NotBlank @Size(max = 300) String title, @NotNull ScopeArea scopeArea,
            @Nullable @Size(max = 20000) String notes) {

        @Nullable String cleanNotes() {
            return notes == null || notes.isBlank() ? null : notes.strip();
        }
    }

    record WorkpaperResponse(String id, String auditId, String title, ScopeArea scopeArea, @Nullable String notes,
            List<WorkpaperFile> files, String recordedBy, Instant recordedAt, String updatedBy, Instant updatedAt) {

        static WorkpaperResponse of(Workpaper w) {
            return new WorkpaperResponse(w.id(), w.auditId(), w.title(), w.scopeArea(), w.notes(), w.files(),
                    w.recordedBy(), w.recordedAt(), w.updatedBy(), w.updatedAt());
        }
    }

    private final Workpapers workpapers;

    WorkpaperController(Workpapers workpapers) {
        this.workpapers = workpapers;
    }

    @PostMapping(AUDIT)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Record a working paper (the audit's team)", description = "Title, the scope item of the "
            + "audit it covers (422 AU2 when the audit's scope lacks it) and notes. While the audit is PLANNED, "
            + "IN_PROGRESS or REPORTING (409 after). Emits WorkpaperRecorded.")
    ResponseEntity<WorkpaperResponse> record(@PathVariable String auditId,
            @Valid @RequestBody WorkpaperRequest request, Caller caller) {
        Workpaper paper = workpapers.record(caller, auditId, request.title().strip(), request.scopeArea(),
                request.cleanNotes());
        return ResponseEntity.created(Locations.of("/api/v1/audits/" + auditId + "/workpapers", paper.id()))
                .eTag(ETags.of(paper.version())).body(WorkpaperResponse.of(paper));
    }

    @GetMapping(AUDIT)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Working papers of one audit (its team and Dinas)", description = "Filter scopeArea; "
            + "newest first unless sorted.")
    PageResponse<WorkpaperResponse> list(@PathVariable String auditId,
            @RequestParam(required = false) ScopeArea scopeArea, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        var pageable = PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "recordedAt"));
        return PageResponse.of(workpapers.ofAudit(caller, auditId, scopeArea, pageable), WorkpaperResponse::of);
    }

    @GetMapping(PAPER)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "One working paper, with its ETag")
    ResponseEntity<WorkpaperResponse> get(@PathVariable String auditId, @PathVariable String id, Caller caller) {
        return reply(workpapers.get(caller, auditId, id));
    }

    @PutMapping(PAPER)
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Revise a working paper (the audit's team)", description = "Replaces title, scope item and "
            + "notes; If-Match (412 when stale); 409 once the audit is COMPLETED or CANCELLED. Emits "
            + "WorkpaperRevised.")
    ResponseEntity<WorkpaperResponse> revise(@PathVariable String auditId, @PathVariable String id,
            @Valid @RequestBody WorkpaperRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(workpapers.revise(caller, auditId, id, request.title().strip(), request.scopeArea(),
                request.cleanNotes(), ifMatch));
    }

    @PostMapping(value = PAPER + "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RolesAllowed(Roles.AUDITOR)
    @ProblemResponses({413, 415})
    @Operation(summary = "Attach files to a working paper (the audit's team)", description = "1 to "
            + UploadedFiles.MAX_FILES + " files (part `file`, repeated), at most " + Workpaper.MAX_FILES
            + " per working paper. Each is stored in the platform documents: type read from its bytes (PDF, ODF, "
            + "DOCX, text, spreadsheets, presentations, PNG, JPEG; else 415), size limited (413), a PDF's signature "
            + "checked (422 SEC3 when broken). If-Match; 409 once the audit is completed. Emits WorkpaperRevised.")
    ResponseEntity<WorkpaperResponse> attach(@PathVariable String auditId, @PathVariable String id,
            @RequestPart(name = "file", required = false) List<MultipartFile> file,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        UploadedFiles upload = UploadedFiles.checked(file, null, "Pilih minimal satu berkas kertas kerja.");
        return reply(workpapers.attach(caller, auditId, id, upload.files(), ifMatch));
    }

    @GetMapping(PAPER + "/files/{documentId:[0-9a-f]{24}}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Download a file of a working paper (its team and Dinas)", description = "As an attachment "
            + "with nosniff, a sandboxing CSP and the SHA-256 as ETag.",
            responses = @ApiResponse(responseCode = "200", description = "The stored file, as its sniffed media type",
                    content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<Resource> download(@PathVariable String auditId, @PathVariable String id,
            @PathVariable String documentId, Caller caller) {
        WorkpaperDownload download = workpapers.file(caller, auditId, id, documentId);
        WorkpaperFile f = download.file();
        return DocumentDownloads.attachment(f.filename(), f.mediaType(), f.sha256(), download.content().content());
    }

    @GetMapping(PAPER + "/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Tamper-evident change history of a working paper (SEC1)")
    HistoryResponse history(@PathVariable String auditId, @PathVariable String id, Caller caller) {
        return HistoryResponse.of(workpapers.history(caller, auditId, id));
    }

    private static ResponseEntity<WorkpaperResponse> reply(Workpaper w) {
        return ResponseEntity.ok().eTag(ETags.of(w.version())).body(WorkpaperResponse.of(w));
    }
}
