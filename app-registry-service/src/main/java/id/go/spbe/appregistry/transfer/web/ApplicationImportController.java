package id.go.spbe.appregistry.transfer.web;

import id.go.spbe.appregistry.transfer.ApplicationImports;
import id.go.spbe.appregistry.transfer.TransferProperties;
import id.go.spbe.appregistry.transfer.domain.ImportJob;
import id.go.spbe.appregistry.transfer.web.TransferPayloads.ImportJobResponse;
import id.go.spbe.appregistry.transfer.web.TransferPayloads.ImportJobSummary;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Inventory imports (A1): upload a CSV, follow the job, download the refused rows to fix and upload again. OPD
 * operators import their own OPD's rows (rows of other OPDs are listed as errors); Dinas imports for any OPD and may
 * map OPD names to codes.
 */
@RestController
@RequestMapping(ApplicationImportController.PATH)
@Tag(name = "Impor aplikasi", description = "CSV inventory import as background jobs (A1, A2, A10, A12, G1)")
class ApplicationImportController {

    static final String PATH = "/api/v1/application-imports";
    private static final Set<String> SORTABLE = Set.of("createdAt", "status", "finishedAt");
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final long MAX_MAPPING_BYTES = 65_536;

    private final ApplicationImports imports;
    private final TransferProperties properties;

    ApplicationImportController(ApplicationImports imports, TransferProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Import an inventory CSV (multipart part `file`)",
            description = "Formats: the register's own CSV (the export's header) or the Denpasar inventory layout, "
                    + "detected by header; UTF-8 (BOM tolerated), `,` or `;`. Optional `opdMapping` (Dinas only): "
                    + "JSON {\"name\": \"CODE\"} or CSV name,code. 202 with Location of the job. Limits: "
                    + "file size (413), rows (400). Re-importing never duplicates: a row whose owner OPD already has "
                    + "an application of the same name is listed as 'sudah terdaftar'.")
    ResponseEntity<ImportJobResponse> importMultipart(@RequestParam("file") MultipartFile file,
            MultipartHttpServletRequest request, Caller caller) throws IOException {
        byte[] content = Uploads.read(file, properties.maxFileBytes(), "Berkas CSV");
        return accepted(imports.submit(caller, file.getOriginalFilename(), content, opdMapping(request)));
    }

    /** The mapping may come as a form field or as an uploaded file part of the same name. */
    private static String opdMapping(MultipartHttpServletRequest request) throws IOException {
        MultipartFile part = request.getFile("opdMapping");
        if (part != null) {
            return new String(Uploads.read(part, MAX_MAPPING_BYTES, "opdMapping"), StandardCharsets.UTF_8);
        }
        return request.getParameter("opdMapping");
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping(consumes = {"text/csv", "application/csv"})
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Import an inventory CSV sent as the request body (text/csv)",
            description = "As the multipart variant; `fileName` and `opdMapping` are query parameters.")
    ResponseEntity<ImportJobResponse> importBody(@RequestParam(required = false) String fileName,
            @RequestParam(required = false) String opdMapping, HttpServletRequest request, Caller caller)
            throws IOException {
        Uploads.checkDeclaredLength(request.getContentLengthLong(), properties.maxFileBytes(), "Berkas CSV");
        byte[] content = Uploads.read(request.getInputStream(), properties.maxFileBytes(), "Berkas CSV");
        return accepted(imports.submit(caller, fileName, content, opdMapping));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status of an import job",
            description = "QUEUED, RUNNING, COMPLETED or FAILED; counts, per-row errors (row, line, column, "
                    + "message, obligation), warnings, and the ids of the registered applications.")
    ImportJobResponse get(@PathVariable String id, Caller caller) {
        return ImportJobResponse.of(imports.get(caller, id));
    }

    @GetMapping(path = "/{id}/errors.csv", produces = "text/csv")
    @Operation(summary = "The refused rows as CSV with an added `error` column, to fix and upload again")
    ResponseEntity<String> errors(@PathVariable String id, Caller caller) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("impor-" + id + "-galat.csv").build().toString())
                .body(imports.errorsCsv(caller, id));
    }

    @GetMapping
    @Operation(summary = "Import jobs", description = "An operator sees its OPD's jobs; Dinas and other "
            + "region-wide roles all. Newest first; sort by createdAt, status, finishedAt.")
    PageResponse<ImportJobSummary> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        return PageResponse.of(imports.list(caller, PageRequests.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Direction.DESC, "createdAt"))), ImportJobSummary::of);
    }

    private static ResponseEntity<ImportJobResponse> accepted(ImportJob job) {
        return ResponseEntity.accepted().location(Locations.of(PATH, job.id())).body(ImportJobResponse.of(job));
    }
}
