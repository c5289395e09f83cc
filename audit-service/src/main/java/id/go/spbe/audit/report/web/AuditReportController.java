package id.go.spbe.audit.report.web;

import id.go.spbe.audit.report.AuditReports;
import id.go.spbe.audit.report.AuditReports.RenderedReport;
import id.go.spbe.platform.documents.DocumentDownloads;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engagement report as PDF (AU7): the audit's team, Dinas, coordinators and — once the audit is COMPLETED — the
 * audited OPD's operators read it (their copy shows only the findings their OPD owns); whoever may not see the audit
 * gets 404.
 */
@RestController
@Tag(name = "Audit TIK", description = "Audit engagements: kind, scope, team, life cycle (AU1, AU2, AU3)")
class AuditReportController {

    private final AuditReports reports;

    AuditReportController(AuditReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/audits/{id:[0-9a-f-]{36}}/report.pdf")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @ProblemResponses(409)
    @Operation(summary = "The audit report as PDF (AU7)", description = "Bahasa Indonesia, addressed to the body the "
            + "regulation profile names (spbe.regulation.audit.report-to): identity, scope (AU2), team, dates, "
            + "findings with severity, criterion, condition, cause, effect, recommendation, owner OPD, due date and "
            + "follow-up status as of the printing; signed (PAdES, SEC3) when the platform's report signer is "
            + "configured. REPORTING: a draft (KONSEP) for the team, Dinas and coordinators; COMPLETED: final, also "
            + "for the audited OPD. Other statuses, or the OPD before completion: 409. Dinas, coordinators and the "
            + "audit team receive the whole report; the audited OPD receives its copy (\"Salinan untuk …\"): the "
            + "findings it owns, and only the number of findings other OPDs own (never their text or owner).",
            responses = @ApiResponse(responseCode = "200", description = "PDF/A-3u report",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
    ResponseEntity<byte[]> report(@PathVariable String id, Caller caller) {
        RenderedReport report = reports.render(caller, id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, DocumentDownloads.contentDisposition(report.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .body(report.pdf());
    }
}
