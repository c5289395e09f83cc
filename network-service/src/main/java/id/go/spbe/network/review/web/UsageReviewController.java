package id.go.spbe.network.review.web;

import id.go.spbe.network.review.UsageReviewReport;
import id.go.spbe.network.review.YearlyUsage;
import id.go.spbe.network.review.YearlyUsageReview;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly review of the intra-government network's use (N8, RL p23(7)). Dinas, who reviews, and the coordinators
 * it reports to read the whole region (or one OPD with {@code opd}); an OPD's operator reads its own OPD's section —
 * the figures are its own records, which it reads anyway — and naming another OPD is 403 like every list.
 */
@RestController
@RequestMapping(UsageReviewController.PATH)
@Tag(name = "Network review", description = "Yearly review of the intra-government network's use (obligation N8)")
class UsageReviewController {

    static final String PATH = "/api/v1/network-reviews";

    private final YearlyUsageReview reviews;
    private final UsageReviewReport reports;

    UsageReviewController(YearlyUsageReview reviews, UsageReviewReport reports) {
        this.reviews = reviews;
        this.reports = reports;
    }

    @ProblemResponses(422) // N8 a year not yet begun, G1 an opd naming no active OPD
    @GetMapping("/{year}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Yearly usage review of the intra-government network (N8)", description = "Sites, active "
            + "WAN circuits and bandwidth per medium and provider, each OPD's LAN inventory (devices by kind, end of "
            + "life) at the year's end (today while the year runs), yearly LAN diagrams on time / late / missing "
            + "(N6), change reports and uncovered changes (N7), inspections and findings (N5). Dinas and "
            + "coordinators: the region or one OPD (`opd`); OPD operators: their own OPD (another: 403). 400 for a "
            + "year before 2000, 422 N8 for a year not yet begun.")
    YearlyUsage review(@PathVariable int year, @RequestParam(required = false) String opd, Caller caller) {
        return reviews.review(caller, year, opd);
    }

    @ProblemResponses(422) // N8 a year not yet begun, G1 an opd naming no active OPD
    @GetMapping(value = "/{year}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.OPD_OPERATOR})
    @Operation(summary = "The yearly usage review as PDF (N8)", description = "Bahasa Indonesia, addressed to the "
            + "profile's spbe.regulation.network.report-to, with a bandwidth chart and the WAN topology. Same scope "
            + "and answers as the JSON review.",
            responses = @ApiResponse(responseCode = "200", description = "PDF/A-3u report",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
    ResponseEntity<byte[]> pdf(@PathVariable int year, @RequestParam(required = false) String opd, Caller caller) {
        UsageReviewReport.Rendered report = reports.render(caller, year, opd);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, DocumentDownloads.contentDisposition(report.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .body(report.pdf());
    }
}
