package id.go.spbe.audit.evidence.web;

import id.go.spbe.audit.common.HistoryResponse;
import id.go.spbe.audit.common.UploadedFiles;
import id.go.spbe.audit.evidence.EvidenceFilter;
import id.go.spbe.audit.evidence.EvidenceRequests;
import id.go.spbe.audit.evidence.EvidenceRequests.EvidenceDownload;
import id.go.spbe.audit.evidence.domain.EvidenceFile;
import id.go.spbe.audit.evidence.domain.EvidenceRequest;
import id.go.spbe.audit.evidence.domain.EvidenceStatus;
import id.go.spbe.audit.evidence.domain.EvidenceSubmission;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
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
 * Evidence requests of an audit (AU2): REQUESTED → PROVIDED → ACCEPTED, or back to REQUESTED when the team asks
 * again with a reason; one POST per step (If-Match; 412 when stale, 409 when not allowed now). Evidence is uploaded
 * here (multipart, stored in the platform documents) or given as ids of documents stored elsewhere.
 */
@RestController
@RequestMapping("/api/v1/audits")
@Tag(name = "Permintaan Bukti Audit", description = "Evidence requests of an audit to the audited OPD (AU2)")
class EvidenceRequestController {

    private static final String IF_MATCH = "If-Match";
    private static final int MAX_FILES = UploadedFiles.MAX_FILES;
    private static final String AUDIT = "/{auditId:[0-9a-f-]{36}}/evidence-requests";
    private static final String REQUEST = AUDIT + "/{id:[0-9a-f-]{36}}";
    private static final Set<String> SORTABLE = Set.of("requestedAt", "dueDate", "status", "updatedAt");

    record EvidenceAsk(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 4000) String purpose,
            @NotNull LocalDate dueDate) {
    }

    /** Platform documents (spbe-platform-documents) are named by their 24-hex-digit object id. */
    record EvidenceAnswer(@NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = "^[0-9a-f]{24}$",
            message = "id dokumen tidak valid") String> documentIds, @Nullable @Size(max = 4000) String note) {
    }

    record EvidenceReview(@Nullable @Size(max = 4000) String note) {
    }

    record EvidenceAskAgain(@NotBlank @Size(max = 4000) String reason, @NotNull LocalDate dueDate) {
    }

    record EvidenceResponse(String id, String auditId, String auditedOpd, String title, String purpose,
            LocalDate dueDate, EvidenceStatus status, boolean overdue, int round, @Nullable String lastReason,
            List<EvidenceSubmission> submissions, @Nullable String acceptedBy, @Nullable String acceptedNote,
            String requestedBy, Instant requestedAt, Instant updatedAt) {

        static EvidenceResponse of(EvidenceRequest r, LocalDate today) {
            return new EvidenceResponse(r.id(), r.auditId(), r.auditedOpd(), r.title(), r.purpose(), r.dueDate(),
                    r.status(), r.overdueOn(today), r.round(), r.lastReason(), r.submissions(), r.acceptedBy(),
                    r.acceptedNote(), r.requestedBy(), r.requestedAt(), r.updatedAt());
        }
    }

    private final EvidenceRequests requests;

    EvidenceRequestController(EvidenceRequests requests) {
        this.requests = requests;
    }

    @PostMapping(AUDIT)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Ask the audited OPD for evidence (the audit's team or Dinas)", description = "What, why "
            + "and by when (not before today: 422 AU2). 409 once the audit is COMPLETED or CANCELLED. Emits "
            + "EvidenceRequested.")
    ResponseEntity<EvidenceResponse> ask(@PathVariable String auditId, @Valid @RequestBody EvidenceAsk request,
            Caller caller) {
        EvidenceRequest r = requests.ask(caller, auditId, request.title().trim(), request.purpose().trim(),
                request.dueDate());
        return ResponseEntity.created(Locations.of("/api/v1/audits/" + auditId + "/evidence-requests", r.id()))
                .eTag(ETags.of(r.version())).body(EvidenceResponse.of(r, requests.today()));
    }

    @GetMapping(AUDIT)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Evidence requests of one audit", description = "Who sees the audit sees them (its team, "
            + "the audited OPD, Dinas, coordinators). Filters status and overdue (REQUESTED past its due date).")
    PageResponse<EvidenceResponse> list(@PathVariable String auditId,
            @RequestParam(required = false) EvidenceStatus status, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        Pageable pageable = PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.ASC, "dueDate"));
        LocalDate today = requests.today();
        return PageResponse.of(requests.ofAudit(caller, auditId, new EvidenceFilter(status, overdue), pageable),
                r -> EvidenceResponse.of(r, today));
    }

    @GetMapping(REQUEST)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "One evidence request, with its ETag")
    ResponseEntity<EvidenceResponse> get(@PathVariable String auditId, @PathVariable String id, Caller caller) {
        return reply(requests.get(caller, auditId, id));
    }

    @GetMapping(REQUEST + "/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Tamper-evident change history of an evidence request (SEC1)")
    HistoryResponse history(@PathVariable String auditId, @PathVariable String id, Caller caller) {
        return HistoryResponse.of(requests.history(caller, auditId, id));
    }

    @PostMapping(REQUEST + "/provide")
    @RolesAllowed({Roles.OPD_OPERATOR})
    @Operation(summary = "Provide evidence (the audited OPD's operator)", description = "REQUESTED → PROVIDED, "
            + "with the ids of documents uploaded through the platform documents and a note. Emits EvidenceProvided.")
    ResponseEntity<EvidenceResponse> provide(@PathVariable String auditId, @PathVariable String id,
            @Valid @RequestBody EvidenceAnswer request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(requests.provide(caller, auditId, id, List.copyOf(request.documentIds()), text(request.note()),
                ifMatch));
    }

    @PostMapping(value = REQUEST + "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RolesAllowed({Roles.OPD_OPERATOR})
    @ProblemResponses({413, 415})
    @Operation(summary = "Provide evidence by uploading files (the audited OPD's operator)", description = "REQUESTED "
            + "→ PROVIDED like /provide, with 1 to " + MAX_FILES + " files (part `file`, repeated) and an optional "
            + "`note`. Each file is stored in the platform documents: its type is read from its bytes (PDF, ODF, "
            + "DOCX, text, spreadsheets, presentations, PNG, JPEG; else 415), its size limited (413), a PDF's "
            + "signature checked (422 SEC3 when broken); the submission records id, filename, media type, size, "
            + "SHA-256 and signature verdict. Emits EvidenceProvided.")
    ResponseEntity<EvidenceResponse> provideFiles(@PathVariable String auditId, @PathVariable String id,
            @RequestPart(name = "file", required = false) List<MultipartFile> file,
            @RequestParam(name = "note", required = false) String note,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        UploadedFiles upload = UploadedFiles.checked(file, note, "Pilih minimal satu berkas bukti.");
        return reply(requests.provideFiles(caller, auditId, id, upload.files(), upload.note(), ifMatch));
    }

    @GetMapping(REQUEST + "/files/{documentId:[0-9a-f]{24}}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Download an evidence file uploaded to this request", description = "Whoever may read the "
            + "audit (its team, the audited OPD, Dinas, coordinators); as an attachment with nosniff, a sandboxing "
            + "CSP and the SHA-256 as ETag. Documents only named by id (stored elsewhere) are not served here: 404.",
            responses = @ApiResponse(responseCode = "200", description = "The stored file, as its sniffed media type",
                    content = @Content(mediaType = "*/*",
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<Resource> download(@PathVariable String auditId, @PathVariable String id,
            @PathVariable String documentId, Caller caller) {
        EvidenceDownload download = requests.file(caller, auditId, id, documentId);
        EvidenceFile file = download.file();
        return DocumentDownloads.attachment(file.filename(), file.mediaType(), file.sha256(),
                download.content().content());
    }

    @PostMapping(REQUEST + "/accept")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Accept the evidence (the audit's team or Dinas)", description = "PROVIDED → ACCEPTED.")
    ResponseEntity<EvidenceResponse> accept(@PathVariable String auditId, @PathVariable String id,
            @Valid @RequestBody(required = false) EvidenceReview request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(requests.accept(caller, auditId, id, request == null ? null : text(request.note()), ifMatch));
    }

    @PostMapping(REQUEST + "/ask-again")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Ask again (the audit's team or Dinas)", description = "PROVIDED → REQUESTED with the "
            + "reason and a new due date; a new round. Emits EvidenceRequested.")
    ResponseEntity<EvidenceResponse> askAgain(@PathVariable String auditId, @PathVariable String id,
            @Valid @RequestBody EvidenceAskAgain request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return reply(requests.askAgain(caller, auditId, id, request.reason(), request.dueDate(), ifMatch));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private ResponseEntity<EvidenceResponse> reply(EvidenceRequest r) {
        return ResponseEntity.ok().eTag(ETags.of(r.version())).body(EvidenceResponse.of(r, requests.today()));
    }
}
