package id.go.spbe.audit.plan.web;

import id.go.spbe.audit.common.HistoryResponse;
import id.go.spbe.audit.plan.AuditPlanner;
import id.go.spbe.audit.plan.InfrastructureInventory;
import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.audit.plan.domain.ObjectKind;
import id.go.spbe.audit.plan.domain.ObjectType;
import id.go.spbe.audit.plan.domain.ObligationStatus;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The audit plan (AU4–AU6): what falls due in a year, a multi-year calendar, and what is overdue; scoped to the
 * caller's OPD unless the caller's role is region-wide.
 */
@RestController
@RequestMapping("/api/v1/audit-plan")
@Tag(name = "Rencana Audit TIK", description = "Audits due per year (obligations AU4, AU5, AU6)")
class AuditPlanController {

    private static final Set<String> SORTABLE = Set.of("dueDate", "opd", "kind", "applicationName");
    private static final int MAX_CALENDAR_YEARS = 10;

    /**
     * One audit due; {@code plannedAt} is when the obligation entered the plan (from the inventory's event);
     * {@code neverAudited} marks objects no audit of this kind has been completed for yet. {@code applicationId} and
     * {@code applicationName} name the audited object whatever it is (the names predate infrastructure objects);
     * {@code objectKind} and {@code source} say what it is and which service's inventory it comes from;
     * {@code closedReason} why it left the plan.
     */
    record AuditPlanItem(String id, String applicationId, String applicationName, String opd,
            @Nullable String applicationClass, AuditKind kind, String obligation, LocalDate basisDate,
            LocalDate dueDate, Instant plannedAt, ObjectType objectType, ObligationStatus status,
            boolean neverAudited, @Nullable LocalDate lastAuditedOn, @Nullable String lastAuditId, boolean overdue,
            @Nullable Instant startReminderSentAt, @Nullable String scheduledAuditId,
            @Nullable LocalDate scheduledStart, ObjectKind objectKind, String source, @Nullable String closedReason) {

        static AuditPlanItem of(AuditObligation o, LocalDate today) {
            return new AuditPlanItem(o.id(), o.applicationId(), o.applicationName(), o.opd(), o.applicationClass(),
                    o.kind(), o.obligation(), o.basisDate(), o.dueDate(), o.plannedAt(), o.objectType(), o.status(),
                    o.neverAudited(), o.lastAuditedOn(), o.lastAuditId(), o.overdueOn(today),
                    o.dueDate().equals(o.remindedForDueDate()) ? o.remindedAt() : null, o.scheduledAuditId(),
                    o.scheduledStart(), o.objectKind(), o.source(), o.closedReason());
        }
    }

    /** Audits due in one month of the calendar, per kind. */
    record CalendarMonth(int month, int total, int infrastruktur, int aplikasi, int keamanan) {
    }

    record CalendarYear(int year, int total, int neverAudited, List<CalendarMonth> months) {
    }

    record AuditCalendar(int fromYear, int toYear, @Nullable String opd, List<CalendarYear> years) {
    }

    private final AuditPlanner planner;
    private final InfrastructureInventory inventory;

    AuditPlanController(AuditPlanner planner, InfrastructureInventory inventory) {
        this.planner = planner;
        this.inventory = inventory;
    }

    @GetMapping
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "Audits due in a year",
            description = "Operators see their own OPD; Dinas, auditors and coordinators see all or filter by opd. "
                    + "Applications and infrastructure objects (data centers, the WAN, OPD LANs) alike; filter by "
                    + "objectKind.")
    PageResponse<AuditPlanItem> dueIn(@RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) String opd, @RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) ObjectKind objectKind, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        LocalDate today = planner.today();
        return PageResponse.of(planner.dueIn(caller, year, opd, kind, objectKind,
                PageRequests.of(page, size, sort, SORTABLE, Sort.by("dueDate"))), o -> AuditPlanItem.of(o, today));
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @ProblemResponses(422)
    @Operation(summary = "The plan of a year as CSV",
            description = "Same scope and filters as GET /api/v1/audit-plan, every item (no paging), by due date.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> export(@RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) String opd, @RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) ObjectKind objectKind, Caller caller) {
        List<AuditObligation> items = planner.dueBetween(caller, year, year, opd, kind, objectKind).stream()
                .sorted(Comparator.comparing(AuditObligation::dueDate).thenComparing(AuditObligation::id)).toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("rencana-audit-" + year + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(PlanCsv.of(items, planner.today()));
    }

    record RecomputeResponse(int objects, int changed) {
    }

    @GetMapping("/items/{id}")
    @Operation(summary = "One plan item (an obligation, also after it left the plan)",
            description = "Another OPD's item is a 404 for operators.")
    AuditPlanItem item(@PathVariable String id, Caller caller) {
        return AuditPlanItem.of(planner.item(caller, id), planner.today());
    }

    @GetMapping("/items/{id}/history")
    @Operation(summary = "Tamper-evident change history of a plan item (SEC1)",
            description = "Planned, rescheduled (completed audits, class changes, cycle changes), linked audits, "
                    + "reminders, closing.")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(planner.history(caller, id));
    }

    @PostMapping("/recompute")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Recompute the whole plan against the active profile (Dinas)",
            description = "After an amended regulation: every object is reconciled (AU4–AU6); obligations newly owed "
                    + "are due a cycle from today, due dates follow a changed cycle; infrastructure objects whose owner "
                    + "(the Dinas) was not yet known join. Also runs at start-up.")
    RecomputeResponse recompute() {
        AuditPlanner.Recomputation done = inventory.recomputeAll();
        return new RecomputeResponse(done.objects(), done.changed());
    }

    @GetMapping("/overdue")
    @ProblemResponses(422)
    @Operation(summary = "Audits overdue today (AU4–AU6)",
            description = "Active obligations whose due date has passed, in the region's time zone; oldest first.")
    PageResponse<AuditPlanItem> overdue(@RequestParam(required = false) String opd,
            @RequestParam(required = false) AuditKind kind, @RequestParam(required = false) ObjectKind objectKind,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        LocalDate today = planner.today();
        return PageResponse.of(planner.overdue(caller, opd, kind, objectKind,
                PageRequests.of(page, size, sort, SORTABLE, Sort.by("dueDate"))), o -> AuditPlanItem.of(o, today));
    }

    @GetMapping("/calendar")
    @ProblemResponses(422)
    @Operation(summary = "Multi-year audit calendar",
            description = "Counts of audits due per month and kind for fromYear..toYear (at most 10 years); the "
                    + "items of a year come from GET /api/v1/audit-plan?year=.")
    AuditCalendar calendar(@RequestParam @Min(2000) @Max(2100) int fromYear,
            @RequestParam @Min(2000) @Max(2100) int toYear, @RequestParam(required = false) String opd,
            @RequestParam(required = false) AuditKind kind, Caller caller) {
        if (toYear < fromYear || toYear - fromYear >= MAX_CALENDAR_YEARS) {
            throw new InvalidRequestException("toYear",
                    "toYear harus antara fromYear dan fromYear + " + (MAX_CALENDAR_YEARS - 1) + ".");
        }
        int[][][] counts = new int[toYear - fromYear + 1][12][AuditKind.values().length];
        int[] never = new int[toYear - fromYear + 1];
        // Counted in the database per day and kind, not by loading every obligation of up to ten years.
        for (AuditPlanner.DueCount c : planner.dueCounts(caller, fromYear, toYear, opd, kind)) {
            int y = c.dueDate().getYear() - fromYear;
            counts[y][c.dueDate().getMonthValue() - 1][c.kind().ordinal()] += c.total();
            never[y] += c.neverAudited();
        }
        List<CalendarYear> years = new ArrayList<>();
        for (int y = 0; y < counts.length; y++) {
            List<CalendarMonth> months = new ArrayList<>();
            int total = 0;
            for (int m = 0; m < 12; m++) {
                int[] k = counts[y][m];
                int sum = k[AuditKind.INFRASTRUKTUR.ordinal()] + k[AuditKind.APLIKASI.ordinal()]
                        + k[AuditKind.KEAMANAN.ordinal()];
                total += sum;
                months.add(new CalendarMonth(m + 1, sum, k[AuditKind.INFRASTRUKTUR.ordinal()],
                        k[AuditKind.APLIKASI.ordinal()], k[AuditKind.KEAMANAN.ordinal()]));
            }
            years.add(new CalendarYear(fromYear + y, total, never[y], months));
        }
        return new AuditCalendar(fromYear, toYear, opd, years);
    }
}
