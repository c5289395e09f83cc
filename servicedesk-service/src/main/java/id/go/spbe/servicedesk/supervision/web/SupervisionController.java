package id.go.spbe.servicedesk.supervision.web;

import id.go.spbe.platform.documents.DocumentDownloads;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.servicedesk.supervision.SupervisionReports;
import id.go.spbe.servicedesk.supervision.domain.MonthlySupervision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Dinas's monthly supervision of the desks (S4): per-OPD Tier 1 performance and each desk's figures, as JSON, CSV
 * and a PDF report to the head of Dinas.
 */
@RestController
@Tag(name = "Supervisi", description = "Monthly supervision of Tier 1 and Tier 2 (obligation S4)")
class SupervisionController {

    private static final String MONTH_DOC = "The month, YYYY-MM, in the region's time zone; not after the current "
            + "month (400). The running month gives the figures so far.";
    private static final String OPD_DOC = "Only this OPD's row (region-wide roles; an OPD's users get their own OPD "
            + "whatever they send, another OPD is 403).";

    /** Null Tier 1 figures in a one-tier (SERVICE_CENTRE) region; percentages and averages null when nothing counted. */
    record OpdRowView(String opd, String name, long opened, @Nullable Long openedAtTier1, @Nullable Long escalated,
            @Nullable Double escalationRatePercent, long resolved, long slaMet, @Nullable Double slaMetPercent,
            long backlog, @Nullable Double backlogAverageAgeDays, @Nullable Long backlogOldestAgeDays,
            long csatCount, @Nullable Double csatAverage) {

        static OpdRowView of(MonthlySupervision.OpdRow r) {
            return new OpdRowView(r.opd(), r.name(), r.opened(), r.openedAtTier1(), r.escalated(),
                    r.escalationRatePercent(), r.resolved(), r.slaMet(), r.slaMetPercent(), r.backlog(),
                    r.backlogAverageAgeDays(), r.backlogOldestAgeDays(), r.csatCount(), r.csatAverage());
        }
    }

    /** {@code desk}: TIER1 and TIER2 in a TIERED region, SERVICE_CENTRE in a one-tier region. */
    record DeskRowView(@Schema(allowableValues = {"TIER1", "TIER2", "SERVICE_CENTRE"}) String desk, long received,
            long resolved, long slaMet, @Nullable Double slaMetPercent, long backlog,
            @Nullable Double backlogAverageAgeDays, @Nullable Double averageBusinessHoursHeld) {
    }

    /**
     * {@code total} and {@code desks} only for region-wide callers (null / empty for an OPD's users); {@code complete}
     * false while the month runs ({@code asOf} = now).
     */
    record SupervisionResponse(String month, String timeZone, Instant from, Instant to, Instant asOf,
            boolean complete, boolean tiered, @Nullable String opd, List<OpdRowView> opds,
            @Nullable OpdRowView total, List<DeskRowView> desks) {
    }

    private final SupervisionReports reports;

    SupervisionController(SupervisionReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/supervision/monthly")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.TIER2_AGENT, Roles.COORDINATOR, Roles.AUDITOR, Roles.TIER1_AGENT,
            Roles.OPD_OPERATOR})
    @Operation(summary = "Monthly supervision report (S4): per-OPD Tier 1 performance and the desks",
            description = "Per OPD: tickets opened, those that started at its Tier 1 and how many of them were "
                    + "escalated (rate), tickets resolved in the month and how many met every SLA target, the backlog "
                    + "at the month's end with its average and oldest age, CSAT given in the month. Per desk (Tier 1 "
                    + "and Tier 2, or the service centre): received, resolved, SLA met, backlog, average business "
                    + "hours held (OLA). Figures as of the month's end from each ticket's own history.")
    SupervisionResponse monthly(@Parameter(description = MONTH_DOC, example = "2026-11") @RequestParam String month,
            @Parameter(description = OPD_DOC) @RequestParam(required = false) @Nullable String opd, Caller caller) {
        SupervisionReports.Scoped scoped = reports.monthly(caller, reports.month(month), opd);
        MonthlySupervision.Report r = scoped.report();
        return new SupervisionResponse(r.month().toString(), r.zone().getId(), r.from(), r.to(), r.asOf(),
                r.complete(), r.tiered(), scoped.opd(), r.opds().stream().map(OpdRowView::of).toList(),
                r.total() == null ? null : OpdRowView.of(r.total()),
                r.desks().stream().map(d -> new DeskRowView(d.desk().name(), d.received(), d.resolved(), d.slaMet(),
                        d.slaMetPercent(), d.backlog(), d.backlogAverageAgeDays(), d.averageBusinessHoursHeld()))
                        .toList());
    }

    @GetMapping("/api/v1/supervision/monthly.csv")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.TIER2_AGENT, Roles.COORDINATOR, Roles.AUDITOR, Roles.TIER1_AGENT,
            Roles.OPD_OPERATOR})
    @Operation(summary = "The monthly supervision report as CSV (S4)",
            description = "The per-OPD rows of the JSON report (then the region's total for region-wide callers), "
                    + "comma-separated, UTF-8, header in Bahasa Indonesia.",
            responses = @ApiResponse(responseCode = "200", description = "CSV",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<byte[]> csv(@Parameter(description = MONTH_DOC, example = "2026-11") @RequestParam String month,
            @Parameter(description = OPD_DOC) @RequestParam(required = false) @Nullable String opd, Caller caller) {
        SupervisionReports.Scoped scoped = reports.monthly(caller, reports.month(month), opd);
        String name = "supervisi-layanan-" + scoped.report().month()
                + (scoped.opd() == null ? "" : "-" + scoped.opd()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, DocumentDownloads.contentDisposition(name))
                .header("X-Content-Type-Options", "nosniff")
                .body(reports.csv(scoped).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/v1/supervision/monthly.pdf")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.TIER2_AGENT, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "The monthly supervision report as PDF, to the head of Dinas (S4)",
            description = "Dinas's report of the month: every OPD's row, the region's total, the desks and a chart of "
                    + "SLA met per OPD, addressed to whom the profile names "
                    + "(spbe.regulation.servicedesk.report-to). Region-wide readers only: it holds every OPD's "
                    + "figures.",
            responses = @ApiResponse(responseCode = "200", description = "PDF/A-3u report",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> pdf(@Parameter(description = MONTH_DOC, example = "2026-11") @RequestParam String month,
            Caller caller) {
        SupervisionReports.Pdf pdf = reports.pdf(reports.monthly(caller, reports.month(month), null));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        DocumentDownloads.contentDisposition(pdf.filename()).replaceFirst("^attachment", "inline"))
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf.bytes());
    }
}
