package id.go.spbe.datacenter.review.web;

import id.go.spbe.datacenter.csv.CsvExport;
import id.go.spbe.datacenter.review.UsageReviewDocument;
import id.go.spbe.datacenter.review.UsageReviews;
import id.go.spbe.datacenter.review.UsageReviews.OpdUsage;
import id.go.spbe.datacenter.review.UsageReviews.Review;
import id.go.spbe.datacenter.review.web.UsageReviewPayloads.UsageReviewResponse;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The yearly review of the data center's use (D5, RL p19(13)) as JSON, CSV and PDF. Region-wide roles see every
 * OPD, the totals and the data centers; an OPD operator only its own OPD's section; machine clients none (403).
 */
@RestController
@Tag(name = "Tinjauan tahunan pusat data", description = "Yearly usage review per OPD (D5)")
class UsageReviewController {

    static final String PATH = "/api/v1/usage-reviews";
    static final String DESCRIPTION = "year 2000–2100 (400 otherwise). Per OPD: VPS active in the year (vCPU, RAM, "
            + "disk of those), requested and decommissioned in it; colocation rack units held in it; uptime of its "
            + "monitors against their SLO (planned maintenance excluded, three decimals rounded down); backup "
            + "standing now, backup runs and restore tests of the year. Dinas admin, coordinator, auditor and "
            + "evaluator see every OPD with region totals and data-center capacity; an OPD operator only its own "
            + "OPD's section (no totals, no capacity). A frozen year (frozenAt set) answers its snapshot: the review as "
            + "it stood when it was frozen.";

    private final UsageReviews reviews;
    private final UsageReviewDocument document;

    UsageReviewController(UsageReviews reviews, UsageReviewDocument document) {
        this.reviews = reviews;
        this.document = document;
    }

    @GetMapping(PATH)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.EVALUATOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Yearly usage review of the data center (D5)", description = DESCRIPTION)
    UsageReviewResponse review(@RequestParam(required = false) Integer year, Caller caller) {
        return UsageReviewResponse.of(reviews.review(caller, year));
    }

    @PostMapping(PATH + "/{year}/snapshot")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @ProblemResponses({409, 422})
    @Operation(summary = "Freeze the review of a closed year (Dinas, D5)", description = "year 2000–2100 (400 "
            + "otherwise) and before the current year of the region's calendar (422 D5); frozen already 409. The "
            + "region-wide review as it stands now becomes the year's review: GET, CSV and PDF answer it from then "
            + "on, with frozenAt, whatever changes later. The job usage-review-freeze does the same for the year "
            + "before on 1 January. Emits UsageReviewFrozen.")
    UsageReviewResponse freeze(@PathVariable Integer year, Caller caller) {
        return UsageReviewResponse.of(reviews.freeze(caller, year, false));
    }

    @GetMapping(PATH + "/export.csv")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.EVALUATOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Yearly usage review as CSV (D5)", description = DESCRIPTION
            + " One line per OPD, then a line with opd TOTAL for region-wide callers; frozenAt on every line of a "
            + "frozen year.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void csv(@RequestParam(required = false) Integer year, Caller caller, HttpServletResponse response)
            throws IOException {
        Review review = reviews.review(caller, year);
        List<OpdUsage> lines = new ArrayList<>(review.opds());
        if (review.totals() != null) {
            lines.add(review.totals());
        }
        CsvExport.write(response, "tinjauan-pusat-data-" + review.year() + ".csv",
                p -> new PageImpl<>(lines, p, lines.size()), Sort.unsorted(),
                List.of("year", "opd", "opdName", "vpsActive", "vpsRequested", "vpsDecommissioned", "vcpu", "ramGib",
                        "diskGib", "colocationReservations", "colocationRackUnits", "colocationPowerKw", "monitors",
                        "probes", "failures", "maintenanceProbes", "countedProbes", "uptimePercent",
                        "monitorsMeetingSlo", "monitorsMissingSlo", "monitorsWithoutData", "backupSystems",
                        "backupCompliant", "backupOverdue", "backupFailing", "backupRunsSucceeded",
                        "backupRunsFailed", "restoreTestsPassed", "restoreTestsFailed", "frozenAt"),
                u -> {
                    var up = u.uptime();
                    var b = u.backups();
                    return Arrays.asList(review.year(), u.opd() == null ? "TOTAL" : u.opd(), u.opdName(),
                            u.vps().active(), u.vps().requested(), u.vps().decommissioned(), u.vps().vcpu(),
                            u.vps().ramGib(), u.vps().diskGib(), u.colocation().reservations(),
                            u.colocation().rackUnits(), u.colocation().powerKw(), up.monitors(), up.uptime().probes(),
                            up.uptime().failures(), up.uptime().maintenance(), up.uptime().counted(),
                            up.uptime().percent() == null ? null : up.uptime().percent().toPlainString(),
                            up.meetingSlo(), up.missingSlo(), up.withoutData(), b.systems(), b.compliant(),
                            b.overdue(), b.failing(), b.runsSucceeded(), b.runsFailed(), b.restoreTestsPassed(),
                            b.restoreTestsFailed(), review.frozenAt());
                });
    }

    @GetMapping(PATH + "/report.pdf")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.EVALUATOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Yearly usage review as a PDF report in Bahasa Indonesia (D5)", description = DESCRIPTION
            + " Addressed to spbe.regulation.datacenter.report-to of the region's profile; with a chart of the "
            + "vCPU per OPD. PDF/A-3u, signed when the platform's report signer is configured.",
            responses = @ApiResponse(responseCode = "200", description = "PDF report",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year, Caller caller) {
        Review review = reviews.review(caller, year);
        String filename = "tinjauan-pusat-data-" + review.year()
                + (review.regionWide() ? "" : "-" + review.opds().get(0).opd()) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.pdf(review));
    }
}
