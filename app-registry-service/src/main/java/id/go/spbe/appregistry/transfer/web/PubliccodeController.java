package id.go.spbe.appregistry.transfer.web;

import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.transfer.PubliccodeExport;
import id.go.spbe.appregistry.transfer.PubliccodeImport;
import id.go.spbe.appregistry.transfer.PubliccodeInvalidException;
import id.go.spbe.appregistry.transfer.PubliccodeIssue;
import id.go.spbe.appregistry.transfer.TransferProperties;
import id.go.spbe.appregistry.transfer.web.TransferPayloads.PubliccodeImportResponse;
import id.go.spbe.platform.problem.ProblemDetailsAdvice.FieldViolation;
import id.go.spbe.platform.problem.ProblemTypes;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.Locations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** publiccode.yml export and import of single applications (A1, standard publiccode.yml 0.4). */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "publiccode.yml", description = "Application metadata in the publiccode.yml standard (A1)")
class PubliccodeController {

    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);
    static final String INCOMPLETE_HEADER = "X-Publiccode-Incomplete";

    private final PubliccodeExport export;
    private final PubliccodeImport importer;
    private final TransferProperties properties;

    PubliccodeController(PubliccodeExport export, PubliccodeImport importer, TransferProperties properties) {
        this.export = export;
        this.importer = importer;
        this.properties = properties;
    }

    @GetMapping(path = "/{id}/publiccode.yml", produces = "application/yaml")
    @Operation(summary = "An application as publiccode.yml 0.4",
            description = "For anyone who may see the application. Requirements of the standard the register "
                    + "cannot fill yet are listed in a comment at the top and in the X-Publiccode-Incomplete header.")
    ResponseEntity<String> publiccode(@PathVariable String id, Caller caller) {
        PubliccodeExport.Exported exported = export.export(caller, id);
        ResponseEntity.BodyBuilder reply = ResponseEntity.ok().contentType(YAML);
        if (!exported.incomplete().isEmpty()) {
            reply.header(INCOMPLETE_HEADER, String.join(", ", exported.incomplete().stream()
                    .map(PubliccodeIssue::path).toList()));
        }
        return reply.body(exported.yaml());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/publiccode", consumes = {"application/yaml", "application/x-yaml", "text/yaml",
            "text/x-yaml"})
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Register an application (DRAFT) from a publiccode.yml body",
            description = "applicationClass is required (the file cannot say it); ownerOpd defaults to the "
                    + "caller's OPD (Dinas may name any). Invalid documents get 400 with every problem in errors[] "
                    + "(field = YAML path), also for control or bidi characters in any text. 409 when the owner OPD "
                    + "already has an application of that name. developmentStatus, platforms, categories and features "
                    + "are kept; every key the register does not give back in its export is in warnings[] (key, "
                    + "message).")
    ResponseEntity<PubliccodeImportResponse> importBody(@RequestParam(required = false) ApplicationClass
            applicationClass, @RequestParam(required = false) String ownerOpd, HttpServletRequest request,
            Caller caller) throws IOException {
        Uploads.checkDeclaredLength(request.getContentLengthLong(), properties.maxYamlBytes(), "publiccode.yml");
        byte[] content = Uploads.read(request.getInputStream(), properties.maxYamlBytes(), "publiccode.yml");
        return created(importer.importDocument(caller, content, ownerOpd, applicationClass));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/publiccode", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Register an application (DRAFT) from an uploaded publiccode.yml (part `file`)")
    ResponseEntity<PubliccodeImportResponse> importMultipart(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) ApplicationClass applicationClass,
            @RequestParam(required = false) String ownerOpd, Caller caller) throws IOException {
        byte[] content = Uploads.read(file, properties.maxYamlBytes(), "publiccode.yml");
        return created(importer.importDocument(caller, content, ownerOpd, applicationClass));
    }

    /** Every problem of the document at once, each with its YAML path (field) — the platform's validation shape. */
    @ExceptionHandler(PubliccodeInvalidException.class)
    ResponseEntity<ProblemDetail> invalid(PubliccodeInvalidException ex, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "publiccode.yml tidak sah menurut standar (" + ex.issues().size() + " masalah); lihat daftar errors.");
        problem.setType(ProblemTypes.VALIDATION);
        problem.setTitle("Validation Failed");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", ex.issues().stream()
                .map(issue -> new FieldViolation(issue.path(), issue.message(), null)).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<PubliccodeImportResponse> created(PubliccodeImport.Imported imported) {
        return ResponseEntity.created(Locations.of("/api/v1/applications", imported.application().id()))
                .body(PubliccodeImportResponse.of(imported));
    }
}
