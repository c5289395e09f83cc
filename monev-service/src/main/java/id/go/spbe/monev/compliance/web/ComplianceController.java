package id.go.spbe.monev.compliance.web;

import id.go.spbe.monev.compliance.ComplianceView;
import id.go.spbe.monev.compliance.domain.ComplianceReport;
import id.go.spbe.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SEC4: the compliance view — the profile's deadline for systems that ran before the regulation and what monev's
 * records show still falls short of it. Region-wide readers only (it names every OPD's weak indicators).
 */
@RestController
@Tag(name = "Evaluasi SPBE — kepatuhan", description = "Compliance deadline per profile and shortfalls (SEC4)")
class ComplianceController {

    private final ComplianceView view;

    ComplianceController(ComplianceView view) {
        this.view = view;
    }

    @GetMapping("/api/v1/evaluations/compliance")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Compliance deadline and shortfalls (SEC4)",
            description = "applies=false with a message where the profile sets no deadline (every profile but "
                    + "Samarinda, SM p36); otherwise the deadline, whether it has passed on the region's date, the "
                    + "checks monev can make from its own records (master plan in force, overdue planning reviews, "
                    + "the latest evaluation final and signed off, indicators at level 1) with shortfalls first, and "
                    + "what it cannot see. A bounded summary, not a list: no paging.")
    ComplianceReport compliance() {
        return view.report();
    }
}
