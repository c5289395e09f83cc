package id.go.spbe.audit.plan.web;

import id.go.spbe.audit.plan.AuditPlanner;
import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The audit plan: which audits fall due in a year (AU4–AU6), scoped to the caller's OPD unless region-wide. */
@RestController
@RequestMapping("/api/v1/audit-plan")
@Tag(name = "Rencana Audit TIK", description = "Audits due per year (obligations AU4, AU5, AU6)")
class AuditPlanController {

    private static final Set<String> SORTABLE = Set.of("dueDate", "opd", "kind", "applicationName");

    /** One audit due; {@code plannedAt} is when the obligation entered the plan (from the register's event). */
    record AuditPlanItem(String id, String applicationId, String applicationName, String opd,
            String applicationClass, AuditKind kind, String obligation, LocalDate basisDate, LocalDate dueDate,
            Instant plannedAt) {

        static AuditPlanItem of(AuditObligation o) {
            return new AuditPlanItem(o.id(), o.applicationId(), o.applicationName(), o.opd(), o.applicationClass(),
                    o.kind(), o.obligation(), o.basisDate(), o.dueDate(), o.plannedAt());
        }
    }

    private final AuditPlanner planner;

    AuditPlanController(AuditPlanner planner) {
        this.planner = planner;
    }

    @GetMapping
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "Audits due in a year",
            description = "Operators see their own OPD; Dinas, auditors and coordinators see all or filter by opd.")
    PageResponse<AuditPlanItem> dueIn(@RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) String opd, @RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(planner.dueIn(caller, year, opd, kind,
                PageRequests.of(page, size, sort, SORTABLE, Sort.by("dueDate"))), AuditPlanItem::of);
    }
}
