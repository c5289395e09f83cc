package id.go.spbe.monev.evaluation.web;

import id.go.spbe.platform.documents.UploadedParts;
import id.go.spbe.monev.evaluation.EvaluationEvidence;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.EvidenceDocument;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.platform.documents.DocumentDownloads;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Evidence documents of an indicator (M1, M3): the unit uploads them during self-assessment, whoever may read the
 * indicator lists and downloads them, and a proposal names them in {@code evidenceDocumentIds}.
 */
@RestController
@RequestMapping("/api/v1/evaluations/{id}/indicators/{no}/evidence-documents")
@Tag(name = "Evaluasi SPBE — dokumen bukti", description = "Evidence documents per indicator (M1, M3)")
class EvaluationEvidenceController {

    private static final Set<String> SORTABLE = Set.of("uploadedAt", "title", "validUntil");
    private static final int MAX_TITLE = 200;

    private final EvaluationEvidence evidence;

    EvaluationEvidenceController(EvaluationEvidence evidence) {
        this.evidence = evidence;
    }

    /**
     * One evidence document. {@code expired}: its validity ended before the evaluation's assessment date
     * ({@code evidenceAsOf}); {@code usedInProposal}: the current proposal names it.
     */
    record EvidenceDocumentResponse(String id, String title, String filename, String mediaType, long sizeBytes,
            String sha256, String signatureStatus, @Nullable LocalDate validUntil, boolean expired,
            LocalDate evidenceAsOf, boolean usedInProposal, String uploadedBy, Instant uploadedAt) {

        static EvidenceDocumentResponse of(EvidenceDocument d, IndicatorAssessment indicator, LocalDate asOf) {
            return new EvidenceDocumentResponse(d.id(), d.title(), d.filename(), d.mediaType(), d.sizeBytes(), d.sha256(),
                    d.signatureStatus(), d.validUntil(), d.expiredBefore(asOf), asOf,
                    indicator.evidenceDocumentIds().contains(d.id()), d.uploadedBy(), d.uploadedAt());
        }
    }

    /** The documents one upload stored, in the order sent. */
    record EvidenceDocumentUploadResponse(List<EvidenceDocumentResponse> documents) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @ProblemResponses({413, 415})
    @Operation(summary = "Upload evidence documents for one of your unit's indicators (M1, M3, PENILAIAN_MANDIRI)",
            description = "Only the OPD holding the indicator's unit (another OPD's operator 404, Dinas for another "
                    + "unit's indicator 403), only during PENILAIAN_MANDIRI (409). 1 to " + UploadedParts.MAX_FILES
                    + " files (part `file`, repeated), a `title` (≤ " + MAX_TITLE + ") and an optional `validUntil` "
                    + "(ISO date, the last day the document is valid). Each file is stored in the platform documents:"
                    + " its type is read from its bytes (PDF, ODF, DOCX, text, spreadsheets, presentations, PNG, "
                    + "JPEG; else 415), its size limited (413), a PDF's signature checked (422 SEC3 when broken). "
                    + "If-Match with the evaluation's ETag (412 when stale). Emits EvidenceUploaded.")
    ResponseEntity<EvidenceDocumentUploadResponse> upload(@PathVariable String id, @PathVariable String no,
            @RequestPart(name = "file", required = false) List<MultipartFile> file,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "validUntil", required = false) String validUntil,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        evidence.requireUploader(caller, id, no); // 404/403 before the input is judged or a byte is stored
        String checkedTitle = title(title);
        LocalDate until = validUntil(validUntil);
        List<MultipartFile> files = UploadedParts.checked(file, "Pilih minimal satu berkas bukti.");
        EvaluationEvidence.Uploaded uploaded = evidence.upload(caller, id, no, files, checkedTitle, until, ifMatch);
        Evaluation evaluation = uploaded.evaluation();
        IndicatorAssessment indicator = evaluation.indicator(no).orElseThrow();
        LocalDate asOf = evidence.asOf(evaluation);
        List<EvidenceDocumentResponse> added = uploaded.documents().stream()
                .map(d -> EvidenceDocumentResponse.of(d, indicator, asOf)).toList();
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(evaluation.version()))
                .body(new EvidenceDocumentUploadResponse(added));
    }

    @GetMapping
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Evidence documents of an indicator",
            description = "Whoever may read the indicator (another OPD's operator 404). Newest first by default; "
                    + "sort by uploadedAt, title or validUntil. `expired`: valid until a day before the evaluation's "
                    + "assessment date (the day the self-assessment closed; today while it is open) — flagged, "
                    + "not blocked.")
    PageResponse<EvidenceDocumentResponse> list(@PathVariable String id, @PathVariable String no,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        PageRequest request = PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "uploadedAt"));
        Evaluation evaluation = evidence.load(id);
        IndicatorAssessment indicator = evidence.indicator(caller, evaluation, no);
        LocalDate asOf = evidence.asOf(evaluation);
        List<EvidenceDocument> all = new ArrayList<>(indicator.evidence());
        all.sort(comparator(request.getSort()));
        int from = (int) Math.min(request.getOffset(), all.size());
        int to = Math.min(from + request.getPageSize(), all.size());
        return PageResponse.of(new PageImpl<>(all.subList(from, to), request, all.size()),
                d -> EvidenceDocumentResponse.of(d, indicator, asOf));
    }

    @GetMapping("/{documentId:[0-9a-f]{24}}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Download an evidence document of the indicator",
            description = "Whoever may read the indicator (another OPD's operator 404); a document of another "
                    + "indicator is a 404. As an attachment with nosniff, a sandboxing CSP and the SHA-256 as ETag.",
            responses = @ApiResponse(responseCode = "200", description = "The stored file, as its sniffed media type",
                    content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String no,
            @PathVariable String documentId, Caller caller) {
        EvaluationEvidence.Download download = evidence.download(caller, id, no, documentId);
        EvidenceDocument d = download.document();
        return DocumentDownloads.attachment(d.filename(), d.mediaType(), d.sha256(), download.file().content());
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidRequestException("title", "Judul dokumen bukti wajib diisi.");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new InvalidRequestException("title", "Judul paling panjang " + MAX_TITLE + " karakter.");
        }
        return title.strip();
    }

    private static @Nullable LocalDate validUntil(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                throw new InvalidRequestException("validUntil", "Tanggal berlaku harus antara tahun 2000 dan 2100.");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("validUntil", "Tanggal berlaku harus berformat YYYY-MM-DD.");
        }
    }

    private static Comparator<EvidenceDocument> comparator(Sort sort) {
        Comparator<EvidenceDocument> result = null;
        for (Sort.Order order : sort) {
            Comparator<EvidenceDocument> next = switch (order.getProperty()) {
                case "title" -> Comparator.comparing(EvidenceDocument::title, String.CASE_INSENSITIVE_ORDER);
                case "validUntil" -> Comparator.comparing(EvidenceDocument::validUntil,
                        Comparator.nullsLast(Comparator.naturalOrder()));
                default -> Comparator.comparing(EvidenceDocument::uploadedAt);
            };
            if (order.isDescending()) {
                next = next.reversed();
            }
            result = result == null ? next : result.thenComparing(next);
        }
        return result == null ? Comparator.comparing(EvidenceDocument::uploadedAt).reversed()
                : result.thenComparing(EvidenceDocument::id);
    }
}
