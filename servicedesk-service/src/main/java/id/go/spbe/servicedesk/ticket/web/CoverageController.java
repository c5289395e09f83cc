package id.go.spbe.servicedesk.ticket.web;

import id.go.spbe.platform.security.Roles;
import id.go.spbe.servicedesk.ticket.TicketSupervision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Dinas's supervision view of Tier 1 coverage (S2, S4): the OPD without a Tier 1 technician are flagged. */
@RestController
@Tag(name = "Roster Tier 1", description = "Tier 1 technicians per OPD (obligation S2)")
class CoverageController {

    /**
     * One OPD; {@code uncovered} flags an OPD without a Tier 1 roster in a TIERED region. {@code directoryContact}
     * is the Tier 1 contact the OPD directory names; {@code directoryAgrees} false flags a directory contact who is
     * not on the roster (null when the directory names none, or in a SERVICE_CENTRE region).
     */
    record CoverageItem(String opd, String name, int technicians, boolean uncovered,
            long openTicketsRoutedToTier2, @Nullable String directoryContact, @Nullable Boolean directoryAgrees) {
    }

    /** {@code tiered}: false in SERVICE_CENTRE regions, where no OPD needs a roster. */
    record CoverageResponse(boolean tiered, int uncoveredCount, List<CoverageItem> items) {
    }

    private final TicketSupervision supervision;

    CoverageController(TicketSupervision supervision) {
        this.supervision = supervision;
    }

    @GetMapping("/api/v1/tier1-roster/coverage")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.TIER2_AGENT, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Tier 1 coverage of every active OPD (S2 supervision)",
            description = "Each OPD with its number of Tier 1 technicians; those without one are flagged, with how "
                    + "many of their open tickets went to Tier 2 for that reason; and whether the Tier 1 contact of "
                    + "the OPD directory is on the roster.")
    CoverageResponse coverage() {
        List<CoverageItem> items = supervision.coverage().stream().map(c -> new CoverageItem(c.opd(), c.name(),
                c.technicians(), c.uncovered(), c.openTicketsRoutedToTier2(), c.directoryContact(),
                c.directoryAgrees())).toList();
        return new CoverageResponse(supervision.tiered(), (int) items.stream().filter(CoverageItem::uncovered)
                .count(), items);
    }
}
