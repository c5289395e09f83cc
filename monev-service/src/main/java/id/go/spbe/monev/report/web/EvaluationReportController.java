package id.go.spbe.monev.report.web;

import id.go.spbe.monev.report.EvaluationReport;
import id.go.spbe.monev.report.EvaluationReport.RenderedReport;
import id.go.spbe.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * M2: the evaluation report as PDF, for the governance body's coordinator, Dinas, the evaluators and auditors. OPD
 * operators get 403: the report lists every unit's indicators, and an operator sees only its own (M4 view).
 */
@RestController
@Tag(name = "Evaluasi SPBE — laporan", description = "The signed-off evaluation report as PDF (M2, G2)")
class EvaluationReportController {

    private final EvaluationReport reports;

    EvaluationReportController(EvaluationReport reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/evaluations/{id}/report.pdf")
    @RolesAllowed({Roles.COORDINATOR, Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.AUDITOR})
    @Operation(summary = "The evaluation report as PDF (M2): addressed per profile, index and predicate, domain/aspect/"
            + "indicator tables, radar chart, year-over-year change, sign-off",
            description = "Any stage; until the coordinator approves (G2) every page is marked \"DRAF — belum "
                    + "disahkan\". OPD operators 403 (the report holds every unit's indicators).",
            responses = @ApiResponse(responseCode = "200", description = "PDF/A-3u report",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
    ResponseEntity<byte[]> report(@PathVariable String id) {
        RenderedReport report = reports.render(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(report.pdf());
    }
}
