package id.go.spbe.appregistry.transfer.web;

import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.SdlcStage;
import id.go.spbe.appregistry.application.domain.ServiceType;
import id.go.spbe.appregistry.transfer.ApplicationCsvExport;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The register as CSV. It lives under its own path (not {@code /api/v1/applications/export.csv}) so it can never be
 * mistaken for an application id.
 */
@RestController
@RequestMapping("/api/v1/application-exports")
@Tag(name = "Ekspor aplikasi", description = "Register export as CSV (A1)")
class ApplicationExportController {

    private final ApplicationCsvExport export;

    ApplicationExportController(ApplicationCsvExport export) {
        this.export = export;
    }

    @GetMapping("/applications.csv")
    @Operation(summary = "Applications the caller may see, as CSV in the import's own layout",
            description = "Same scope and filters as the list (opd, applicationClass, status, stage, "
                    + "functionDomain, serviceType). Streamed; cells that a spreadsheet would run as a formula "
                    + "(= + - @) start with an apostrophe.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ProblemResponses(422) // G1: an opd filter naming no active OPD, as in the list
    void applications(@RequestParam(required = false) String opd,
            @RequestParam(required = false) ApplicationClass applicationClass,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) SdlcStage stage,
            @RequestParam(required = false) FunctionDomain functionDomain,
            @RequestParam(required = false) ServiceType serviceType, Caller caller, HttpServletResponse response)
            throws IOException {
        ApplicationFilter filter = new ApplicationFilter(opd, applicationClass, status, stage, functionDomain,
                serviceType, null);
        ApplicationCsvExport.Export prepared = export.prepare(caller, filter);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("aplikasi-spbe.csv").build().toString());
        prepared.writeTo(response.getOutputStream());
    }
}
